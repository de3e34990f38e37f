import type { Page } from '@playwright/test';
import type { Catalog } from '../../shared/catalog/catalog';
import { writeCatalogPack } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';
import { nextYearCatalog } from '../support/next-year-catalog';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { expect, screenshot, test } from './fixtures';

const HOSTILE_NAME = '<script>window.__pwned=1</script>新規事業';

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
  await expect(page.locator('.app-footer')).toContainText('2026.11.22-3');
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
  await expect(preview).toContainText('2026.11.22-3 → 2027.04.01-1');
  await expect(preview).toContainText('B県 産業支援センター');
  await expect(preview.locator('.diff-counts')).toHaveText(
    /追加 1 件\s*変更 1 件\s*削除 1 件\s*変更なし 44 件/,
  );
  await expect(preview.getByText(HOSTILE_NAME)).toBeVisible(); // as text, never markup
  await expect(preview.locator('.field-changes')).toContainText('budgets');
  await expect(preview.locator('.field-changes ins')).toContainText('150億円');
  await expect(preview).toContainText('リストやお気に入りにある 1 件の制度が新しいカタログにありません。');
  await screenshot(page, 'catalog-update-preview');

  await preview.getByRole('button', { name: 'この更新を適用する' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'カタログ 2027.04.01-1 を適用しました。' }),
  ).toBeVisible();
  await expect(page.locator('.app-footer')).toContainText('2027.04.01-1');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // The list keeps the entry and its note, marked as no longer in the catalog.
  await page.getByRole('link', { name: 'リスト', exact: true }).click();
  await page.getByRole('link', { name: 'A大学 URA' }).click();
  await expect(page.locator('.entry-card').first()).toContainText('この制度は現在のカタログにありません。');
  await expect(page.getByLabel('メモ')).toHaveValue('この制度は来年度も要確認');

  // Undo: the previous catalog is back, the entry is a normal one again.
  await page.getByRole('link', { name: 'カタログ更新' }).click();
  await page.getByRole('button', { name: '前のカタログに戻す' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '前のカタログ（2026.11.22-3）に戻しました。' }),
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
    page.getByText('このカタログ（2025.04.01-1）は、現在のカタログ（2026.11.22-3）より古い版です。'),
  ).toBeVisible();
  await expect(apply).toBeDisabled();
  await page.getByRole('checkbox', { name: '古い版に置き換えることを確認しました' }).check();
  await expect(apply).toBeEnabled();
  await screenshot(page, 'catalog-update-older');
});
