import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Catalog } from '../../shared/catalog/catalog';
import { validateCatalog } from '../../shared/catalog/validate';
import { nextYearCatalog } from '../support/next-year-catalog';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { makeTestKey, signedPack, type TestKey } from '../support/test-keys';
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

let key: TestKey;
test.beforeAll(async () => {
  key = await makeTestKey('B県 産業支援センター（テスト鍵）');
});
const writeCatalogPack = (catalog: Catalog) => signedPack(catalog, key);

/** What a colleague does once: adds the publisher's public key after comparing its fingerprint. */
async function trustTestKey(page: Page) {
  await page.goto('/#/catalog-update');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '発行元の公開鍵を追加する' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'b-pref.pub.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(key.publicKey)),
  });
  const dialog = page.getByRole('dialog', { name: 'この鍵を信頼しますか？' });
  await expect(dialog).toContainText(key.publicKey.keyId);
  await expect(dialog.locator('.fingerprint')).toHaveText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  await dialog.getByRole('button', { name: '指紋を確かめたので追加する' }).click();
  await expect(page.getByRole('region', { name: '信頼する発行元' })).toContainText(
    'B県 産業支援センター（テスト鍵）',
  );
}

async function chooseFile(page: Page, name: string, content: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'カタログファイルを選ぶ' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('a bad file is refused with its reason and changes nothing', async ({ guardedPage: page }) => {
  await trustTestKey(page);
  await expect(page.getByRole('heading', { level: 1, name: 'カタログの更新' })).toBeVisible();
  const pack = await writeCatalogPack(nextYear().catalog);

  await chooseFile(page, 'cut-short.json', pack.slice(0, pack.length / 3));
  await expect(page.getByRole('alert')).toContainText(
    'cut-short.json は読み込めません。何も変更していません。',
  );
  await expect(page.getByRole('alert')).toContainText('JSON として読めません');

  await chooseFile(page, 'edited.json', pack.replace('150億円', '1500億円'));
  await expect(page.getByRole('alert')).toContainText('カタログの内容が署名されたものと一致しません');

  // Checksum right, content wrong: what a maintainer's tool would pack from a broken spreadsheet.
  const broken = (JSON.parse(pack) as { catalog: Catalog }).catalog;
  broken.programs[1]!.id = broken.programs[0]!.id;
  await chooseFile(page, 'duplicate.json', await writeCatalogPack(broken));
  await expect(page.getByRole('alert')).toContainText(
    `programs/${broken.programs[0]!.id} / ID: ID が重複しています。`,
  );
  await screenshot(page, 'catalog-update-refused');
  await expect(page.locator('.app-footer')).toContainText('2026.11.22-4');
});

test('an update shows what changes, applies, keeps the user’s notes, and undoes', async ({
  guardedPage: page,
}) => {
  const { catalog, dropped } = nextYear();
  await trustTestKey(page);
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
  await expect(preview).toContainText(`B県 産業支援センター（テスト鍵）（鍵 ${key.publicKey.keyId}`);
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
  await page.getByRole('button', { name: '前のカタログ（2026.11.22-4）に戻す' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '前のカタログ（2026.11.22-4）に戻しました。' }),
  ).toBeVisible();
  await expect(page.locator('.app-footer')).toContainText('アプリ内蔵のカタログ');
  await page.getByRole('link', { name: 'リスト', exact: true }).click();
  await page.getByRole('link', { name: 'A大学 URA' }).click();
  await expect(page.getByRole('link', { name: dropped.name })).toBeVisible();
  await expect(page.getByLabel('メモ')).toHaveValue('この制度は来年度も要確認');
});

test('an older catalog needs an explicit confirmation', async ({ guardedPage: page }) => {
  await trustTestKey(page);
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

test('a maintainer edits the program table in Excel, the app installs it as a local edit under a version it proposes, undoes and redoes it', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/catalog-update');
  const exported = await download(page, 'プログラム表を書き出す（Excel）');
  expect(exported.name).toBe('catalog-2026.11.22-4.xlsx');

  // What a maintainer does in Excel: a changed budget in the readable syntax and a new program;
  // the version cell is left as it was (the app proposes the next one).
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(exported.bytes).buffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['プログラム', '説明']);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(5).values as string[]).slice(1);
  const col = (name: string) => header.indexOf(name) + 1;
  sheet.getCell('B3').value = 'A大学 産学連携本部';
  let coiRow = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(col('ID')).value === 'coi-next') coiRow = n;
  });
  const budget = sheet.getCell(coiRow, col('予算'));
  budget.value = String(budget.value).replace(/^[^\n]*\| \[(\d+)\]/, '令和9年度予算 (2027) | 150億円 | [$1]');
  const copy = (sheet.getRow(coiRow).values as string[]).slice(1);
  copy[col('ID') - 1] = 'new-program-2027';
  copy[col('名称') - 1] = HOSTILE_NAME;
  copy[col('関連') - 1] = '';
  copy[col('府省') - 1] = '文部科学省X';
  sheet.addRow(copy);
  const edited = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByRole('link', { name: 'プログラム表の書き方' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'プログラム表の書き方' })).toBeVisible();
  await expect(page.getByRole('region', { name: '予算の書き方' })).toContainText(
    '令和9年度予算 (2027) | 150億円 | [4]',
  );
  await screenshot(page, 'catalog-table-help');
  await page.getByRole('link', { name: '← カタログの更新' }).click();

  await chooseBytes(page, 'programs-2027.xlsx', edited);
  const preview = page.getByRole('region', { name: 'programs-2027.xlsx の内容' });
  await expect(preview).toContainText('ローカル編集版として適用します（署名なし）');
  const version = preview.getByLabel('適用する版');
  const proposed = await version.inputValue();
  expect(proposed).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
  await expect(preview).toContainText(`2026.11.22-4 → ${proposed}`);
  await expect(preview).toContainText('A大学 産学連携本部');
  await expect(preview.locator('.diff-counts')).toHaveText(
    /追加 1 件\s*変更 1 件\s*削除 0 件\s*変更なし 45 件/,
  );
  await expect(preview.getByText(HOSTILE_NAME).first()).toBeVisible();
  await expect(preview.locator('.field-changes ins')).toContainText('150億円');
  // The misspelt ministry is reported with the name it was meant to be, and must be confirmed.
  const names = preview.getByRole('group', { name: '用語集にない名称があります' });
  await expect(names).toContainText('「文部科学省X」 「文部科学省」ではありませんか？');
  const apply = preview.getByRole('button', { name: 'この更新を適用する' });
  await expect(apply).toBeDisabled();
  await names.getByRole('checkbox', { name: 'これらの名称は正しいので、このまま使う' }).check();
  await version.fill('2026.11.22-4');
  await expect(preview).toContainText('現在の版（2026.11.22-4）より新しい版にしてください。');
  await expect(apply).toBeDisabled();
  await version.fill(proposed);
  await screenshot(page, 'catalog-update-table-preview');

  await applyShownUpdate(page, preview, proposed);
  await expect(page.locator('.app-footer')).toContainText('ローカル編集版（署名なし）');

  // The maintainer's copy to sign: the applied catalog as an unsigned pack holds the edits.
  const pack = await download(page, '署名前のカタログパックを書き出す');
  expect(pack.name).toBe(`catalog-${proposed}-unsigned.json`);
  const packed = JSON.parse(pack.bytes.toString('utf8')) as { catalog: Catalog; manifest?: unknown };
  expect(packed.manifest).toBeUndefined();
  expect(packed.catalog.meta).toMatchObject({ catalogVersion: proposed, publisher: 'A大学 産学連携本部' });
  expect(packed.catalog.programs.find((p) => p.id === 'new-program-2027')?.name).toBe(HOSTILE_NAME);

  // Undo, then the page offers redo (not a second undo), and redo brings the local edit back.
  await page.getByRole('button', { name: '前のカタログ（2026.11.22-4）に戻す' }).click();
  await expect(page.getByRole('status')).toContainText('現在のカタログは 2026.11.22-4 です。');
  await expect(page.locator('.app-footer')).toContainText('2026.11.22-4');
  await expect(page.getByRole('button', { name: /前のカタログ.*に戻す/ })).toHaveCount(0);
  await screenshot(page, 'catalog-update-after-undo');
  await page.getByRole('button', { name: `取り消した更新（${proposed}）をやり直す` }).click();
  await expect(page.getByRole('status')).toContainText(`カタログ ${proposed} をもう一度適用しました。`);
  await expect(page.locator('.app-footer')).toContainText('ローカル編集版（署名なし）');
});

test('a tampered pack is refused and changes nothing; the signed one installs and the footer names its signer', async ({
  guardedPage: page,
}) => {
  const { catalog } = nextYear();
  const pack = await writeCatalogPack(catalog);
  await page.goto('/#/catalog-update');
  // Before the colleague trusts the publisher's key, the pack is refused, saying why.
  await chooseFile(page, 'catalog-2027.json', pack);
  await expect(page.getByRole('alert')).toContainText(
    `信頼していない鍵（鍵 ID ${key.publicKey.keyId}）で署名されています`,
  );
  await trustTestKey(page);

  const mail = catalog.programs.flatMap((p) => p.contacts).find((c) => c.mail)!.mail!;
  const phishing = pack.replace(mail, mail.replace(/^./, 'x'));
  await chooseFile(page, 'catalog-2027.json', phishing);
  await expect(page.getByRole('alert')).toContainText(
    'catalog-2027.json は読み込めません。何も変更していません。',
  );
  await expect(page.getByRole('alert')).toContainText('カタログの内容が署名されたものと一致しません');
  await expect(page.getByRole('button', { name: 'この更新を適用する' })).toHaveCount(0);
  await screenshot(page, 'catalog-update-tampered');
  await expect(page.locator('.app-footer')).toContainText('2026.11.22-4');
  await expect(page.locator('.app-footer')).toContainText('アプリ内蔵のカタログ');

  await chooseFile(page, 'catalog-2027.json', pack);
  const preview = page.getByRole('region', { name: 'catalog-2027.json の内容' });
  await applyShownUpdate(page, preview, '2027.04.01-1');
  await expect(page.locator('.app-footer')).toContainText('署名済み: B県 産業支援センター（テスト鍵）');
  await expect(page.getByRole('region', { name: '現在のカタログ', exact: true })).toContainText(
    '署名済み: B県 産業支援センター（テスト鍵）',
  );
  await screenshot(page, 'catalog-update-signed-installed');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.app-footer')).toContainText('Signed: B県 産業支援センター（テスト鍵）');
  await screenshot(page, 'catalog-update-signed-installed-en');
});

test('the worker that applied an update is ended, so the window gives its memory back, and undo runs in a fresh one', async ({
  guardedPage: page,
}) => {
  const { catalog } = nextYear();
  await trustTestKey(page);
  const updateWorkers = () => page.workers().filter((w) => w.url().includes('catalog-update.worker'));
  await expect.poll(() => updateWorkers().length).toBe(1);
  await chooseFile(page, 'catalog-2027.json', await writeCatalogPack(catalog));
  const preview = page.getByRole('region', { name: 'catalog-2027.json の内容' });
  await expect(preview.locator('.diff-counts')).toBeVisible();
  const checking = updateWorkers()[0]!;
  const ended = checking.waitForEvent('close');

  await applyShownUpdate(page, preview, '2027.04.01-1');
  await ended;
  await expect.poll(() => updateWorkers().length).toBe(1);
  expect(updateWorkers()[0]).not.toBe(checking);

  await page.getByRole('button', { name: '前のカタログ（2026.11.22-4）に戻す' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '前のカタログ（2026.11.22-4）に戻しました。' }),
  ).toBeVisible();
  await expect(page.locator('.app-footer')).toContainText('アプリ内蔵のカタログ');
});

test('a CSV saved by Japanese Excel (Shift_JIS) is read, and its mistakes are named by row and column', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/catalog-update');
  const csv = (await download(page, 'プログラム表を書き出す（CSV）')).bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const sjis = (text: string) => iconv.encode(text.replaceAll('〜', '～'), 'cp932');

  // One program renamed and the version raised: read through Shift_JIS, one change, that version.
  const edited = csv
    .replace('2026.11.22-4', '2027.04.01-1')
    .replace('産学融合拠点創出事業', '産学融合拠点創出事業（改）');
  await chooseBytes(page, 'excel.csv', sjis(edited));
  const table = page.getByRole('region', { name: 'excel.csv の内容' });
  await expect(table).toContainText('変更 1 件');
  await expect(table).toContainText('2026.11.22-4 → 2027.04.01-1');

  const broken = csv.replace('実施中 | 令和4年度 (2022)', '募集中 | 令和4年度 (2022)');
  await chooseBytes(page, 'broken.csv', sjis(broken));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.csv は読み込めません。何も変更していません。');
  await expect(alert).toContainText('「募集中」は使えません。使える値: 実施中, 終了, 過去の事業, 要確認');
  await expect(alert).toContainText(/\d+ 行目 \/ 「状況」列: /);
  await screenshot(page, 'catalog-update-table-refused');
  await expect(page.locator('.app-footer')).toContainText('2026.11.22-4');
});

// QA pass (fresh eyes): a large JSON file that is not a pack, an unedited table round-tripped
// through Excel's Shift_JIS, and a changed quote in the preview.
test('a large JSON file is named for what it is, an unedited Shift_JIS table has no changes, and changed quotes are shown in words', async ({
  guardedPage: page,
}) => {
  await trustTestKey(page);
  // Past the 64 KB header window: this was "JSON として読めません（途中で切れている可能性があります）".
  const big = JSON.stringify({ programs: [{ id: 'a', name: 'b'.repeat(2_000_000) }] });
  await chooseBytes(page, 'huge.json', Buffer.from(big));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('カタログのデータ（JSON）ですが、署名されたカタログパックではありません');
  await expect(alert).not.toContainText('JSON として読めません');
  await screenshot(page, 'catalog-update-bare-catalog');

  const csv = (await download(page, 'プログラム表を書き出す（CSV）')).bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  // What Excel's default CSV save does to the text: CP932, as glibc's iconv converts it.
  const sjis = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP932'], { input: csv });
  await chooseBytes(page, 'export-sjis.csv', sjis);
  const table = page.getByRole('region', { name: 'export-sjis.csv の内容' });
  await expect(table).toContainText('変更 0 件');
  // Nothing to install: saying so, not a new local version of the same catalog.
  await expect(table).toContainText('入っている目録とすべて同じです');
  await expect(table.getByRole('button', { name: 'この更新を適用する' })).toHaveCount(0);
  await expect(table).not.toContainText('ローカル編集版として適用します');
  await screenshot(page, 'catalog-update-sjis-unchanged');

  const catalog = embedded();
  const program = catalog.programs.find((p) => p.sources.length >= 2)!;
  program.sources.push({ ...program.sources[0]!, quote: '追加した引用文' });
  const document = catalog.sources.find((d) => d.file === program.sources[0]!.file)!;
  catalog.meta.catalogVersion = '2027.04.01-1';
  await chooseFile(page, 'quote.json', await writeCatalogPack(catalog));
  const changes = page.getByRole('region', { name: 'quote.json の内容' }).locator('.field-changes');
  await expect(changes).toContainText(
    `出典: 引用 ${program.sources.length - 1} 件 → 引用 ${program.sources.length} 件`,
  );
  await expect(changes).toContainText(
    `${document.title}（${document.publisher}） の引用を追加: 「追加した引用文」`,
  );
  await expect(changes).not.toContainText('.txt');
  await screenshot(page, 'catalog-update-quote-words');
  await page.getByRole('button', { name: 'English' }).click();
  // The region's name is in English now: the list is found by its class.
  await expect(page.locator('.field-changes')).toContainText(
    `Sources: quotes: ${program.sources.length - 1} → quotes: ${program.sources.length}`,
  );
  await expect(page.locator('.field-changes')).toContainText(`Quote added from ${document.title}`);
  await screenshot(page, 'catalog-update-quote-words-en');
});
