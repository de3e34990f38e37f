import { ProgramSearchIndex } from '../../shared/search/program-search';
import { syntheticPrograms } from '../bench/synthetic-catalog';
import { installProgramsInPage } from '../support/install-catalog-in-page';
import { expect, screenshot, test } from './fixtures';

const SIZE = 100_000;
const QUERY = 'ｹﾞﾉﾑ 実証';

test('typing into a catalog of 100,000 programs shows the same results the search index gives', async ({
  guardedPage: page,
}) => {
  test.setTimeout(300_000);
  const programs = syntheticPrograms(SIZE);
  await installProgramsInPage(page, programs);
  const rows = page.locator('.program-table tbody tr');
  await expect(page.getByRole('status')).toHaveText('100,000 件', { timeout: 120_000 });
  await expect(rows).toHaveCount(50);

  // Typed one key at a time, as a user does: every keystroke is a search in the worker.
  const box = page.getByRole('searchbox', { name: '制度を検索' });
  await box.pressSequentially(QUERY);

  // The same catalog indexed here in Node: the page must show exactly its answer.
  const index = ProgramSearchIndex.build(programs);
  const expected = index.search({ query: QUERY });
  expect(expected.total).toBeGreaterThan(50);
  await expect(page.getByRole('status')).toHaveText(`${expected.total.toLocaleString('ja')} 件`);
  const top = Array.from(expected.order.subarray(0, 50), (record) => index.ids[record]!);
  await expect
    .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-program-id'))))
    .toEqual(top);
  await expect(rows.first().locator('mark').first()).toHaveText(/ゲノム|ｹﾞﾉﾑ/);
  await screenshot(page, 'search-100k');

  // A facet over 100,000 records, then the next page of rows.
  await page
    .getByRole('group', { name: '状況' })
    .getByRole('checkbox', { name: /実施中/ })
    .check();
  const active = index.search({ query: QUERY, filters: { status: ['active'] } });
  await expect(page.getByRole('status')).toHaveText(`${active.total.toLocaleString('ja')} 件`);
  await page.getByRole('button', { name: /さらに表示/ }).click();
  await expect(rows).toHaveCount(100);
  const secondPage = Array.from(active.order.subarray(50, 100), (record) => index.ids[record]!);
  expect(
    await rows.evaluateAll((trs) => trs.slice(50).map((tr) => tr.getAttribute('data-program-id'))),
  ).toEqual(secondPage);

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
