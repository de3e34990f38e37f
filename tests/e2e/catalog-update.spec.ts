import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Catalog } from '../../shared/catalog/catalog';
import { writeCatalogPack } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';
import { nextYearCatalog } from '../support/next-year-catalog';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { expect, screenshot, test } from './fixtures';

/**
 * Markup in a program's name. A <script> inserted as HTML never runs, so it proves nothing: an
 * <img> whose load fails runs its onerror handler as soon as it is parsed. If it ever were, the
 * element would be in the page, and the handler would either run (and log an error) or be blocked
 * by the CSP (a violation): the guard fixture fails on both.
 */
const HOSTILE_NAME = `<img src=x onerror="window.__pwned=1;console.error('injected markup ran')">新規事業`;

/** The hostile name was drawn as text only: no element from its markup, no handler run. */
async function expectNoInjection(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

function embedded(): Catalog {
  const result = validateCatalog(readCatalogFiles('data').data);
  if (!result.ok) throw new Error('invalid catalog');
  return result.catalog;
}

/** Next year's catalog, from a new publisher, with HTML in a new program's name. */
const nextYear = (version = '2027.04.01-1') =>
  nextYearCatalog(embedded(), { version, publisher: 'B県 産業支援センター', addedName: HOSTILE_NAME });

async function chooseFile(page: Page, name: string, content: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'カタログファイルを選ぶ' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('a bad file is refused with its reason and changes nothing', async ({ guardedPage: page }) => {
  await page.goto('/#/catalog-update');
  await expect(page.getByRole('heading', { level: 1, name: 'カタログの更新' })).toBeVisible();
  const pack = await writeCatalogPack(nextYear().catalog);

  await chooseFile(page, 'cut-short.json', pack.slice(0, pack.length / 3));
  await expect(page.getByRole('alert')).toContainText(
    'cut-short.json は読み込めません。何も変更していません。',
  );
  await expect(page.getByRole('alert')).toContainText('JSON として読めません');

  await chooseFile(page, 'edited.json', pack.replace('150億円', '1500億円'));
  await expect(page.getByRole('alert')).toContainText('チェックサムが一致しません');

  // Checksum right, content wrong: what a maintainer's tool would pack from a broken spreadsheet.
  const broken = (JSON.parse(pack) as { catalog: { programs: { id: string }[] } }).catalog;
  broken.programs[1]!.id = broken.programs[0]!.id;
  await chooseFile(page, 'duplicate.json', await writeCatalogPack(broken));
  await expect(page.getByRole('alert')).toContainText(
    `programs/${broken.programs[0]!.id} / id: duplicate id`,
  );
  await screenshot(page, 'catalog-update-refused');
  await expect(page.locator('.app-footer')).toContainText('2026.11.22-4');
});

test('an update shows what changes, applies, keeps the user’s notes, and undoes', async ({
  guardedPage: page,
}) => {
  const { catalog, dropped } = nextYear();
  // A note on the program the update drops.
  await page.goto(`/#/programs/${dropped.id}`);
  await page.getByRole('button', { name: /リストに追加/ }).click();
  await page.getByLabel('新しいリストの名前').fill('A大学 URA');
  await page.getByRole('button', { name: '作成して追加' }).click();
  await page.getByRole('link', { name: 'リスト', exact: true }).click();
  await page.getByRole('link', { name: 'A大学 URA' }).click();
  await page.getByLabel('メモ').fill('この制度は来年度も要確認');
  await page.getByLabel('メモ').blur();

  await page.getByRole('link', { name: 'カタログ更新' }).click();
  await chooseFile(page, 'catalog-2027.json', await writeCatalogPack(catalog));
  const preview = page.getByRole('region', { name: 'catalog-2027.json の内容' });
  await expect(preview).toContainText('2026.11.22-4 → 2027.04.01-1');
  await expect(preview).toContainText('B県 産業支援センター');
  await expect(preview.locator('.diff-counts')).toHaveText(
    /追加 1 件\s*変更 1 件\s*削除 1 件\s*変更なし 44 件/,
  );
  await expect(preview.getByText(HOSTILE_NAME)).toBeVisible(); // as text, never markup
  await expectNoInjection(page);
  await expect(preview.locator('.field-changes')).toContainText('予算:');
  await expect(preview.locator('.field-changes ins')).toContainText('150億円');
  await expect(preview).toContainText('リストやお気に入りにある 1 件の制度が新しいカタログにありません。');
  await screenshot(page, 'catalog-update-preview');

  await applyShownUpdate(page, preview, '2027.04.01-1');

  // The new program's own page and the program list draw its name as text too.
  await page.goto('/#/programs/new-program-2027');
  await expect(page.getByRole('heading', { level: 1, name: HOSTILE_NAME })).toBeVisible();
  await page.goto('/#/programs');
  await expect(page.getByRole('link', { name: HOSTILE_NAME })).toBeVisible();
  await expectNoInjection(page);

  // The list keeps the entry and its note, marked as no longer in the catalog.
  await page.getByRole('link', { name: 'リスト', exact: true }).click();
  await page.getByRole('link', { name: 'A大学 URA' }).click();
  await expect(page.locator('.entry-card').first()).toContainText('この制度は現在のカタログにありません。');
  await expect(page.getByLabel('メモ')).toHaveValue('この制度は来年度も要確認');

  // Undo: the previous catalog is back, the entry is a normal one again.
  await page.getByRole('link', { name: 'カタログ更新' }).click();
  await page.getByRole('button', { name: '前のカタログに戻す' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '前のカタログ（2026.11.22-4）に戻しました。' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'リスト', exact: true }).click();
  await page.getByRole('link', { name: 'A大学 URA' }).click();
  await expect(page.getByRole('link', { name: dropped.name })).toBeVisible();
  await expect(page.getByLabel('メモ')).toHaveValue('この制度は来年度も要確認');
});

test('an older catalog needs an explicit confirmation', async ({ guardedPage: page }) => {
  await page.goto('/#/catalog-update');
  await chooseFile(page, 'old.json', await writeCatalogPack(nextYear('2025.04.01-1').catalog));
  const apply = page.getByRole('button', { name: 'この更新を適用する' });
  await expect(
    page.getByText('このカタログ（2025.04.01-1）は、現在のカタログ（2026.11.22-4）より古い版です。'),
  ).toBeVisible();
  await expect(apply).toBeDisabled();
  await page.getByRole('checkbox', { name: '古い版に置き換えることを確認しました' }).check();
  await expect(apply).toBeEnabled();
  await screenshot(page, 'catalog-update-older');
});

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Applies the previewed update and checks it took, with the hostile program name never run. */
async function applyShownUpdate(page: Page, preview: Locator, version: string) {
  await preview.getByRole('button', { name: 'この更新を適用する' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `カタログ ${version} を適用しました。` }),
  ).toBeVisible();
  await expect(page.locator('.app-footer')).toContainText(version);
  await expectNoInjection(page);
}

async function chooseBytes(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'カタログファイルを選ぶ' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

test('a maintainer exports the program table, edits it in Excel, and the app loads, applies and undoes it', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/catalog-update');
  const exported = await download(page, 'プログラム表を書き出す（Excel）');
  expect(exported.name).toBe('catalog-2026.11.22-4.xlsx');

  // What a maintainer does in Excel: a new version and date, a changed budget, a new program.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(exported.bytes).buffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(5).values as string[]).slice(1);
  const col = (name: string) => header.indexOf(name) + 1;
  sheet.getCell('B1').value = '2027.04.01-1';
  sheet.getCell('B2').value = new Date(Date.UTC(2027, 3, 1));
  sheet.getCell('B3').value = 'A大学 産学連携本部';
  let coiRow = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(col('ID')).value === 'coi-next') coiRow = n;
  });
  const budget = sheet.getCell(coiRow, col('予算'));
  budget.value = String(budget.value).replace(
    /^[^\n]*\| \[(\d+)\]/,
    '令和9年度予算 (2027) | 150億円 | 15000000000 |  |  |  |  |  |  | [$1]',
  );
  const copy = (sheet.getRow(coiRow).values as string[]).slice(1);
  copy[col('ID') - 1] = 'new-program-2027';
  copy[col('名称') - 1] = HOSTILE_NAME;
  copy[col('関連') - 1] = '';
  sheet.addRow(copy);
  const edited = Buffer.from(await workbook.xlsx.writeBuffer());

  await chooseBytes(page, 'programs-2027.xlsx', edited);
  const preview = page.getByRole('region', { name: 'programs-2027.xlsx の内容' });
  await expect(preview).toContainText('2026.11.22-4 → 2027.04.01-1');
  await expect(preview).toContainText('A大学 産学連携本部');
  await expect(preview.locator('.diff-counts')).toHaveText(
    /追加 1 件\s*変更 1 件\s*削除 0 件\s*変更なし 45 件/,
  );
  await expect(preview.getByText(HOSTILE_NAME)).toBeVisible();
  await expect(preview.locator('.field-changes ins')).toContainText('150億円');
  await screenshot(page, 'catalog-update-table-preview');

  await applyShownUpdate(page, preview, '2027.04.01-1');

  // The colleague's copy: the applied catalog as a pack holds the maintainer's edits.
  const pack = await download(page, 'カタログパックを書き出す');
  const packed = JSON.parse(pack.bytes.toString('utf8')) as { catalog: Catalog };
  expect(packed.catalog.meta).toMatchObject({
    catalogVersion: '2027.04.01-1',
    publisher: 'A大学 産学連携本部',
  });
  expect(packed.catalog.programs.find((p) => p.id === 'new-program-2027')?.name).toBe(HOSTILE_NAME);

  await page.getByRole('button', { name: '前のカタログに戻す' }).click();
  await expect(page.locator('.app-footer')).toContainText('2026.11.22-4');
});

test('a CSV saved by Japanese Excel (Shift_JIS) is read, and its mistakes are named by row and column', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/catalog-update');
  const csv = (await download(page, 'プログラム表を書き出す（CSV）')).bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const sjis = (text: string) => iconv.encode(text.replaceAll('〜', '～'), 'cp932');

  await chooseBytes(page, 'excel.csv', sjis(csv.replace('2026.11.22-4', '2027.04.01-1')));
  await expect(page.getByRole('region', { name: 'excel.csv の内容' })).toContainText(
    '2026.11.22-4 → 2027.04.01-1',
  );

  const broken = csv.replace('実施中 | 令和4年度 (2022)', '募集中 | 令和4年度 (2022)');
  await chooseBytes(page, 'broken.csv', sjis(broken));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.csv は読み込めません。何も変更していません。');
  await expect(alert).toContainText('「募集中」は使えません。使える値: 実施中, 終了, 過去の事業, 要確認');
  await expect(alert).toContainText(/\d+ 行目 \/ 「状況」列: /);
  await screenshot(page, 'catalog-update-table-refused');
  await expect(page.locator('.app-footer')).toContainText('2026.11.22-4');
});
