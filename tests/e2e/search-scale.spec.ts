import { ProgramSearchIndex } from '../../shared/search/program-search';
import { syntheticPrograms } from '../bench/synthetic-catalog';
import { installProgramsInPage } from '../support/install-catalog-in-page';
import { expect, screenshot, test } from './fixtures';
import { drawnIds } from './list-helpers';

/** Rows drawn now as [aria-rowindex, id]: the list draws the rows in view, each saying where it is. */
const drawn = (page: import('@playwright/test').Page): Promise<[number, string | null][]> =>
  page
    .locator('.program-table tbody tr[data-program-id]')
    .evaluateAll((trs) =>
      trs.map(
        (tr) =>
          [Number(tr.getAttribute('aria-rowindex')), tr.getAttribute('data-program-id')] as [
            number,
            string | null,
          ],
      ),
    );

const SIZE = 100_000;
const QUERY = 'ｹﾞﾉﾑ 実証';

test('typing into a catalog of 100,000 programs shows the same results the search index gives', async ({
  guardedPage: page,
}) => {
  test.setTimeout(300_000);
  const programs = syntheticPrograms(SIZE);
  await installProgramsInPage(page, programs);
  await expect(page.getByRole('status')).toHaveText('100,000 件', { timeout: 120_000 });
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '100001');

  // Typed one key at a time, as a user does: every keystroke is a search in the worker.
  const box = page.getByRole('searchbox', { name: '制度を検索' });
  await box.pressSequentially(QUERY);

  // The same catalog indexed here in Node: the page must show exactly its answer.
  const index = ProgramSearchIndex.build(programs);
  const expected = index.search({ query: QUERY });
  expect(expected.total).toBeGreaterThan(50);
  await expect(page.getByRole('status')).toHaveText(`${expected.total.toLocaleString('ja')} 件`);
  const top = Array.from(expected.order.subarray(0, 100), (record) => index.ids[record]!);
  // Only the rows in view are drawn, each at its place in the results.
  const atTop = await drawn(page);
  expect(atTop.length).toBeGreaterThan(3);
  expect(atTop.length).toBeLessThan(30);
  await expect.poll(() => drawnIds(page)).toEqual(top.slice(0, atTop.length));
  expect(atTop.map(([rowIndex]) => rowIndex)).toEqual(atTop.map((_, i) => i + 2));
  await expect(page.locator('.program-table tbody tr').first().locator('mark').first()).toHaveText(
    /ゲノム|ｹﾞﾉﾑ/,
  );
  await screenshot(page, 'search-100k');
  // Scrolled to the end of the page of 50: the last rows are drawn, the first ones are not.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(async () => (await drawn(page)).at(-1)?.[0]).toBe(51);
  for (const [rowIndex, id] of await drawn(page)) expect(id).toBe(top[rowIndex - 2]);
  expect(await drawnIds(page)).not.toContain(top[0]);

  // A facet over 100,000 records, then the next page of rows.
  await page
    .getByRole('group', { name: '状況' })
    .getByRole('checkbox', { name: /実施中/ })
    .check();
  const active = index.search({ query: QUERY, filters: { status: ['active'] } });
  const activeIds = Array.from(active.order.subarray(0, 100), (record) => index.ids[record]!);
  await expect(page.getByRole('status')).toHaveText(`${active.total.toLocaleString('ja')} 件`);
  await page.getByRole('button', { name: /さらに表示/ }).click();
  // The next page's rows arrive from the worker a moment later: scroll to the end until they are drawn.
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      return (await drawn(page)).at(-1)?.[0];
    })
    .toBe(101);
  for (const [rowIndex, id] of await drawn(page)) expect(id).toBe(activeIds[rowIndex - 2]);

  // Exporting all of them is long: it shows progress and can be cancelled, leaving no file.
  await page.getByRole('button', { name: /検索結果を書き出す/ }).click();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: '書き出す', exact: true }).click();
  await expect(page.locator('.export-status progress')).toBeVisible();
  await page.getByRole('button', { name: '中止' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '書き出しを中止しました。ファイルは作成していません。' }),
  ).toBeVisible();
  expect(downloads).toBe(0);
  await screenshot(page, 'export-cancelled-100k');
});
