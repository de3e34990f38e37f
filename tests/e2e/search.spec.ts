import { expect, screenshot, test } from './fixtures';
import { drawnIds, listRows as rows } from './list-helpers';

/**
 * The ids of the rows drawn (the top of the results: the list draws the rows in view), once the
 * table agrees with the count in the status: right after typing, the status and rows may still
 * show the previous search.
 */
async function rowIds(page: import('@playwright/test').Page) {
  let ids: (string | null)[] = [];
  await expect
    .poll(async () => {
      const total = Number((await page.getByRole('status').textContent())!.replace(/\D/g, ''));
      const rowCount = Number(await page.getByRole('table').getAttribute('aria-rowcount'));
      ids = await drawnIds(page);
      return rowCount === total + 1 && ids.length === Math.min(total, ids.length) && ids.length > 0;
    })
    .toBe(true);
  return ids;
}

test('type, filter, sort, open a result and come back to the same state', async ({ guardedPage: page }) => {
  await page.goto('/#/programs');
  await expect(page.getByRole('status')).toHaveText('46 件');

  // The list's own box; half-width kana from an old spreadsheet still finds バイオマス.
  const box = page.getByRole('searchbox', { name: '制度を検索' });
  await box.click();
  await page.keyboard.type('ﾊﾞｲｵﾏｽ');
  await expect(page).toHaveURL(/q=%EF%BE%8A/);
  const first = rows(page).first();
  await expect(first).toHaveAttribute('data-program-id', 'biomass-local-production');
  await expect(first.locator('mark').first()).toHaveText('バイオマス');
  await screenshot(page, 'search-typed');

  // A ministry short name finds METI's programs; a facet narrows them; counts are shown.
  await box.fill('経産省');
  await expect(rows(page).first()).toContainText('経済産業省');
  const statusFacet = page.getByRole('group', { name: '状況' });
  await statusFacet.getByRole('checkbox', { name: /実施中/ }).check();
  await expect(page).toHaveURL(/status=active/);
  const activeMeti = await rowIds(page);
  expect(activeMeti.length).toBeGreaterThan(2);
  expect(activeMeti).not.toContain('artificial-gene-synthesis');
  await expect(statusFacet.getByRole('checkbox', { name: /過去の事業/ })).toBeVisible();

  // Sort by budget, largest first.
  await page.getByLabel('並べ替え').selectOption('budget');
  await expect(page).toHaveURL(/sort=budget/);
  await expect(rows(page).first()).toHaveAttribute('data-program-id', 'regenerative-cdmo-capex');
  const sortedIds = await rowIds(page);
  await screenshot(page, 'search-filtered-sorted');

  // Open a result and go back: query, filter and sort come back from the URL.
  await rows(page).first().getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 1, name: '再生・細胞医療・遺伝子治療製造設備投資支援事業' }),
  ).toBeVisible();
  await page.goBack();
  await expect(box).toHaveValue('経産省');
  await expect(statusFacet.getByRole('checkbox', { name: /実施中/ })).toBeChecked();
  await expect(page.getByLabel('並べ替え')).toHaveValue('budget');
  expect(await rowIds(page)).toEqual(sortedIds);
});

test('a search with no result says why and resets in one click', async ({ guardedPage: page }) => {
  await page.goto('/#/programs?q=%E7%B5%8C%E7%94%A3%E7%9C%81&applicant=municipality');
  await expect(page.getByText('検索語と絞り込み条件の両方に一致する制度はありません。')).toBeVisible();
  await expect(page.getByText(/絞り込みを外すと \d+ 件あります。/)).toBeVisible();
  await screenshot(page, 'search-no-results');
  await page.locator('.no-results').getByRole('button', { name: '検索と絞り込みをリセット' }).click();
  await expect(page.getByRole('status')).toHaveText('46 件');
  await expect(page.getByRole('searchbox', { name: '制度を検索' })).toHaveValue('');
});

test('query syntax: all words, either word, excluded word', async ({ guardedPage: page }) => {
  await page.goto('/#/programs');
  const box = page.getByRole('searchbox', { name: '制度を検索' });
  await box.fill('PRISM|SIP');
  await expect
    .poll(async () => (await rowIds(page)).sort())
    .toEqual(['prism-bio-community-survey', 'sip-smart-bio']);
  await box.fill('ベンチャー');
  await expect.poll(() => rowIds(page)).toContain('medical-venture-total-support');
  const venture = await rowIds(page);
  await box.fill('ベンチャー -医療');
  await expect
    .poll(async () => {
      const ids = await rowIds(page);
      return ids.length > 0 && ids.length < venture.length && !ids.includes('medical-venture-total-support');
    })
    .toBe(true);
  await box.fill('共創の場形成支援プロクラム');
  await expect(rows(page).first()).toHaveAttribute('data-program-id', 'coi-next');
});

test('a query arriving by link, bookmark or back button fills the box', async ({ guardedPage: page }) => {
  await page.goto('/#/programs');
  await expect(page.getByRole('status')).toHaveText('46 件');
  const box = page.getByRole('searchbox', { name: '制度を検索' });
  await page.goto('/#/programs?q=%E3%83%90%E3%82%A4%E3%82%AA%E3%83%9E%E3%82%B9');
  await expect(box).toHaveValue('バイオマス');
  await expect(rows(page).first()).toHaveAttribute('data-program-id', 'biomass-local-production');
  await page.evaluate(() => (location.hash = '#/programs?q=PRISM'));
  await expect(box).toHaveValue('PRISM');
  await expect(rows(page)).toHaveCount(1);
  await page.goBack();
  await expect(box).toHaveValue('バイオマス');
  await box.fill('');
  await expect(page.getByRole('status')).toHaveText('46 件');
});

test('the list draws only the rows in view, yet Tab reaches every row and each says where it is', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/programs');
  await expect(page.getByRole('status')).toHaveText('46 件');
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '47');
  expect((await drawnIds(page)).length).toBeLessThan(46);
  await rows(page).first().getByRole('link').focus();
  // Two stops a row (the name, then its add-to-list button): past the rows drawn at first.
  const focusedRow = () =>
    page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')));
  for (let stop = 0; stop < 2 * 45; stop++) await page.keyboard.press('Tab');
  expect(await focusedRow()).toBe(47);
  await expect(page.locator(':focus')).toBeInViewport();
  await expect(rows(page).last()).toHaveAttribute('aria-rowindex', '47');
  // And back up with Shift+Tab to the first row.
  for (let stop = 0; stop < 2 * 45; stop++) await page.keyboard.press('Shift+Tab');
  expect(await focusedRow()).toBe(2);
  await screenshot(page, 'program-list-windowed');
});

// QA: typing けいさんしょう through an input method searched each reading on the way (けい: 0 results,
// the list emptied, the address rewritten) before the word was committed.
test('a word being composed with an input method is searched once committed', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/programs');
  await expect(page.getByRole('status')).toHaveText('46 件');
  const box = page.getByRole('searchbox', { name: '制度を検索' });
  await box.click();
  const ime = await page.context().newCDPSession(page);
  for (const reading of ['け', 'けい', 'けいさ', 'けいさん']) {
    await ime.send('Input.imeSetComposition', {
      text: reading,
      selectionStart: reading.length,
      selectionEnd: reading.length,
    });
    await expect(box).toHaveValue(reading);
  }
  // Still the whole list: nothing searched, nothing written to the address.
  await page.waitForTimeout(400);
  await expect(page.getByRole('status')).toHaveText('46 件');
  expect(page.url()).not.toContain('q=');
  await ime.send('Input.insertText', { text: '経済産業省' });
  await expect(box).toHaveValue('経済産業省');
  await expect(page.getByRole('status')).toHaveText('15 件');
  await expect(page).toHaveURL(/q=%E7%B5%8C/);
});
