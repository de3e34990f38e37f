import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { formatDate } from '../../shared/format/dates';
import { expect, test } from './fixtures';
import { daysFromToday, importList } from './list-fixture';
import { lookInBothLanguages } from './visual-helpers';

test('the deadline calendar shows every list’s internal deadlines by month and exports a list to .ics', async ({
  guardedPage: page,
}) => {
  const soon = daysFromToday(0);
  const later = daysFromToday(40);
  await importList(page, '研究推進課', [
    ['coi-next', '共創の場形成支援プログラム', 'planned', soon],
    ['kakenhi', '科学研究費助成事業', 'considering', later],
    ['smart-city', 'スマートシティの展開', 'considering', null],
  ]);
  await importList(page, '企画課', [['a-step', '研究成果最適展開支援プログラム', 'applied', soon]]);

  await page.getByRole('navigation').getByRole('link', { name: '締切カレンダー' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '締切カレンダー' })).toBeVisible();
  const grid = page.getByRole('table');
  const todayCell = grid.locator('td[aria-current="date"]');
  // The catalog names its programs: the file's name for a-step (研究成果最適展開支援プログラム) is not shown.
  await expect(todayCell.getByRole('link')).toHaveText(['共創の場形成支援プログラム', 'A-STEP']);
  await expect(todayCell).toContainText('研究推進課 · 応募予定');
  await expect(page.locator('.deadline-agenda li').first()).toContainText(`${formatDate(soon, 'ja')} 今日`);

  // The next deadline, 40 days on, is in a later month: the month buttons get there.
  const months =
    Number(later.slice(0, 4)) * 12 +
    Number(later.slice(5, 7)) -
    (Number(soon.slice(0, 4)) * 12 + Number(soon.slice(5, 7)));
  for (let i = 0; i < months; i++) await page.getByRole('button', { name: '次の月 →' }).click();
  await expect(page.locator('.deadline-agenda li')).toHaveText([
    new RegExp(`${formatDate(later, 'ja')}.*あと 40 日.*科研費.*研究推進課`),
  ]);
  await page.getByRole('button', { name: '今月' }).click();

  // One list: the filter keeps the address, so the page can be bookmarked.
  await page.getByRole('combobox', { name: 'リスト' }).selectOption({ label: '研究推進課' });
  await expect(page).toHaveURL(/list=/);
  await expect(todayCell.getByRole('link')).toHaveText(['共創の場形成支援プログラム']);
  await lookInBothLanguages(page, 'deadline-calendar', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Deadline calendar' })).toBeVisible();
    await expect(page.locator('td[aria-current="date"]')).toContainText('Will apply');
  });

  await page.getByRole('combobox', { name: '通知' }).selectOption({ label: '3 日前の 9:00' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '.ics に書き出す（2 件）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('研究推進課 の締切.ics');
  await expect(page.getByRole('status')).toHaveText('2 件の締切を書き出しました。');
  const text = await readFile(await download.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => ({
    event: new ICAL.Event(component),
    alarm: component.getFirstSubcomponent('valarm'),
  }));
  expect(events.map(({ event }) => event.startDate.toString())).toEqual([soon, later]);
  const coi = events[0]!;
  expect(coi.event.summary).toBe('【締切】共創の場形成支援プログラム（研究推進課）');
  expect(coi.event.description).toContain('リスト: 研究推進課');
  expect(coi.event.description).toContain('状況: 応募予定');
  expect(coi.event.description).toContain('TEL : 03-5253-4111 (内線4195) mail : coi-next@mext.go.jp');
  expect(String(coi.alarm?.getFirstPropertyValue('trigger'))).toBe('-P2DT15H');

  // Exporting again gives the same UIDs: the calendar updates the events instead of duplicating them.
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '.ics に書き出す（2 件）' }).click(),
  ]);
  const uids = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((c) => c.getFirstPropertyValue('uid'));
  expect(uids(await readFile(await again.path(), 'utf8'))).toEqual(uids(text));
});

test('a list links to its deadlines in the calendar; a hand-edited month falls back to this month', async ({
  guardedPage: page,
}) => {
  const later = daysFromToday(70);
  await importList(page, '地域連携', [['coi-next', '共創の場形成支援プログラム', 'considering', later]]);
  await page.locator('.shortlist-index').getByRole('link', { name: '地域連携' }).click();
  await page.getByRole('link', { name: '締切カレンダー・.ics 書き出し' }).click();
  await expect(page).toHaveURL(new RegExp(`month=${later.slice(0, 7)}`));
  await expect(page.locator('.deadline-agenda li')).toContainText(['共創の場形成支援プログラム']);

  await page.goto('/#/calendar?month=2026-13&list=nope');
  await expect(page.getByRole('heading', { level: 1, name: '締切カレンダー' })).toBeVisible();
  await expect(page.locator('td[aria-current="date"]')).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'リスト' })).toHaveValue('');
});
