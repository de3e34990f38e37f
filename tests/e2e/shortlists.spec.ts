import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Profile } from '../../shared/matching/profile';
import { SHORTLIST_FILE_FORMAT } from '../../shared/shortlist/shortlist-file';
import { pdfText } from '../support/pdf-text';
import { expect, screenshot, test } from './fixtures';
import { reasonLine } from '../../shared/matching/reason-text';
import { engineSays } from './wizard-helpers';

const PROFILE: Profile = {
  members: [{ org: 'university', prefecture: null }],
  themes: ['d3'],
  needs: [],
  stage: null,
  openOnly: false,
};
const RESULT_URL = '/#/wizard/result?org=university&theme=d3';

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** From a wizard result to a saved list; returns the ids the engine put in "can apply". */
async function listFromWizard(page: Page) {
  const eligible = engineSays(PROFILE).eligible.map((p) => p.id);
  await page.goto(RESULT_URL);
  await page.getByRole('button', { name: '「申請できる」制度をまとめて新しいリストに保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${eligible.length} 件をリスト` })).toBeVisible();
  await page.getByRole('link', { name: 'リストを開く' }).click();
  await expect(page.locator('.entry-card')).toHaveCount(eligible.length);
  return eligible;
}

test('a consultant goes from a wizard result to a list with notes, compares, exports CSV and Excel', async ({
  guardedPage: page,
}) => {
  const eligible = await listFromWizard(page);
  expect(
    await page.locator('.entry-card').evaluateAll((c) => c.map((e) => e.getAttribute('data-program-id'))),
  ).toEqual(eligible);
  const first = page.locator('.entry-card').first();
  await first.getByLabel('状況').selectOption({ label: '応募予定' });
  await first.getByLabel('内部締切（学内締切・庁内締切）').fill('2027-04-20');
  await first.getByLabel('メモ').fill('=危険な式ではなく文字列\n産学連携本部で 4/10 に打合せ');
  await first.getByLabel('メモ').blur();
  await page.reload();
  await expect(first.getByLabel('状況')).toHaveValue('planned');
  await expect(first.getByLabel('内部締切（学内締切・庁内締切）')).toHaveValue('2027-04-20');
  await expect(first.getByLabel('メモ')).toHaveValue('=危険な式ではなく文字列\n産学連携本部で 4/10 に打合せ');
  await screenshot(page, 'shortlist');

  // Compare the first two: side by side, rows that differ are marked in words.
  const cards = page.locator('.entry-card');
  await cards
    .nth(0)
    .getByRole('checkbox', { name: /比較する/ })
    .check();
  await cards
    .nth(1)
    .getByRole('checkbox', { name: /比較する/ })
    .check();
  await page.getByRole('button', { name: '選んだ制度を比較（2 件）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '制度の比較' })).toBeVisible();
  await expect(page.locator('.compare-table thead th')).toHaveCount(3);
  await expect(page.getByRole('rowheader', { name: /予算（年度別）\s*（違いあり）/ })).toBeVisible();
  // A 概要 row, and budgets in one unit (億・万円) with 内数 in words, never the printed 千円 figures.
  await expect(page.getByRole('rowheader', { name: /^概要/ })).toBeVisible();
  const budgets = page.getByRole('row', { name: /予算（年度別）/ });
  await expect(budgets).toContainText('令和4年度: 137億5,050万8,000円');
  await expect(budgets).toContainText('100億円（内数）');
  await expect(budgets).not.toContainText('千円');
  await screenshot(page, 'compare');
  // The comparison exports like a list: the compared programs, in the compared fields.
  await page.getByRole('button', { name: 'この比較を CSV・Excel に書き出す' }).click();
  const compared = await download(page, () =>
    page.getByRole('button', { name: '書き出す', exact: true }).click(),
  );
  const comparedLines = compared.bytes.toString('utf8').split('\r\n').filter(Boolean);
  expect(comparedLines[0]).toMatch(/^\uFEFF制度名,所管,担当部署,支援の形態,予算（年度別）,/);
  expect(
    comparedLines.filter((line) =>
      /^"?共創の場形成支援プログラム|^"?バイオコミュニティの形成に係る調査等/.test(line),
    ),
  ).toHaveLength(2);
  await page.getByRole('button', { name: '← 戻る' }).click();

  // CSV: BOM, the chosen columns, the note neutralised against formulas.
  await page.getByRole('button', { name: 'CSV・Excel に書き出す' }).click();
  await expect(page.getByRole('checkbox', { name: '連絡先' })).toBeChecked(); // whom to call is a default
  const csv = await download(page, () => page.getByRole('button', { name: '書き出す', exact: true }).click());
  expect(csv.name).toMatch(/\.csv$/);
  const text = csv.bytes.toString('utf8');
  // A list from a wizard result exports, by default, each program's group and every reason with
  // its verdict, as the result page showed them.
  expect(
    text.startsWith(
      '\uFEFF制度名,所管,予算額（最新年度・円）,予算の年度・注記,申請主体（根拠）,連絡先,リスト上の状況,内部締切,メモ,診断結果の区分,判定理由（診断）\r\n',
    ),
  ).toBe(true);
  for (const program of engineSays(PROFILE).eligible) {
    expect(text).toContain(`,対象,"${program.reasons.map((r) => reasonLine(r, 'ja')).join('\n')}"`);
  }
  expect(text).toContain('募集状況（参考）: 令和4年度の資料では新規課題採択 有');
  expect(text).toContain(`"'=危険な式ではなく文字列\n産学連携本部で 4/10 に打合せ"`);
  expect(text).toContain('応募予定,2027-04-20');
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(eligible.length + 1);
  await expect(
    page.getByRole('status').filter({ hasText: `${eligible.length} 件を書き出しました` }),
  ).toBeVisible();
  await screenshot(page, 'shortlist-export');

  // Excel: the same rows, read back with the same library.
  await page.getByRole('radio', { name: 'Excel（.xlsx）' }).check();
  const xlsx = await download(page, () =>
    page.getByRole('button', { name: '書き出す', exact: true }).click(),
  );
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(eligible.length + 1);
  expect(sheet.getCell('A1').value).toBe('制度名');
  expect(sheet.getCell('I2').value).toBe('=危険な式ではなく文字列\n産学連携本部で 4/10 に打合せ');
  expect(sheet.getCell('I2').formula).toBeUndefined();
  // Amounts are numbers in yen and deadlines are dates, so Excel sums and filters them.
  expect(sheet.getCell('C2').value).toBe(13_750_508_000);
  expect(sheet.getCell('C2').numFmt).toBe('#,##0"円"');
  expect(sheet.getCell('D2').value).toBe('令和4年度');
  expect(sheet.getCell('H2').value).toEqual(new Date(Date.UTC(2027, 3, 20)));
  expect(sheet.getCell('H2').type).toBe(ExcelJS.ValueType.Date);

  // The deadline shows in the overview across lists.
  await page.getByRole('link', { name: 'リスト', exact: true }).click();
  const deadline = page.locator('.deadline-table tbody tr').first();
  await expect(deadline).toContainText('2027年4月20日（令和9年）');
  await expect(deadline.locator('time')).toHaveAttribute('datetime', '2027-04-20');
  await expect(deadline).toContainText('共創の場形成支援プログラム');
  await expect(deadline).toContainText('応募予定');
});

test('any result set exports to CSV with progress, and the file holds every result', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/programs?q=%E7%B5%8C%E7%94%A3%E7%9C%81');
  const total = Number((await page.locator('.count').textContent())!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(3);
  await page.getByRole('button', { name: `検索結果を書き出す（${total} 件）` }).click();
  await expect(page.getByRole('checkbox', { name: 'メモ' })).toHaveCount(0); // list-only columns are not offered
  const csv = await download(page, () => page.getByRole('button', { name: '書き出す', exact: true }).click());
  const lines = csv.bytes.toString('utf8').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    '\uFEFF制度名,所管,予算額（最新年度・円）,予算の年度・注記,申請主体（根拠）,事業の状況,連絡先',
  );
  expect(lines).toHaveLength(total + 1);
  expect(lines.slice(1).every((line) => line.includes('経済産業省'))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: `${total} 件を書き出しました` })).toBeVisible();
});

test('the handout carries the decisions, reasons, sources by title and the catalog date, on numbered A4 pages', async ({
  guardedPage: page,
}) => {
  const eligible = await listFromWizard(page);
  const first = page.locator('.entry-card').first();
  await first.getByLabel('状況').selectOption({ label: '応募予定' });
  await first.getByLabel('内部締切（学内締切・庁内締切）').fill('2027-04-20');
  await expect(first).toContainText('2027年4月20日（令和9年）');
  await page.getByRole('link', { name: '配布資料（A4）' }).click();
  const programs = page.locator('.handout-program');
  await expect(programs).toHaveCount(eligible.length);
  await expect(programs.first()).toContainText('診断結果と理由');
  await expect(programs.first()).toContainText('申請主体（該当）');
  await expect(programs.first().locator('.handout-decision')).toContainText('応募予定');
  await expect(programs.first().locator('.handout-decision')).toContainText(
    '内部締切: 2027年4月20日（令和9年）',
  );
  // On paper the date only: a days-left count would be stale by the time it is read.
  await expect(programs.first().locator('.handout-decision')).not.toContainText('あと');
  await expect(programs.nth(1).locator('.handout-decision')).toContainText('検討中');
  // No deadline set is the user's choice, not the documents' silence (記載なし).
  await expect(programs.nth(1).locator('.handout-decision')).toContainText('内部締切: 未設定');
  await expect(page.locator('.handout-footer')).toContainText(/^作成日 \d{4}年\d{1,2}月\d{1,2}日/);
  await expect(page.locator('.handout-meta')).toContainText('2026年11月22日（令和8年）時点のカタログ');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '印刷・PDF に保存' })).toBeHidden();
  // The app's own reminder to export is on screen, never on the paper.
  await expect(page.locator('.data-safety-banner')).toHaveCount(1);
  await expect(page.locator('.data-safety-banner')).toBeHidden();
  await screenshot(page, 'handout-print-media');

  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const { pages, text } = await pdfText(new Uint8Array(pdf));
  expect(pages).toBeGreaterThan(1);
  expect(text).toContain('共創の場形成支援プログラム');
  expect(text).toContain('バイオコミュニティの形成に係る調査等 (PRISM)');
  // No new calls (新規採択 無): never among the programs a wizard result saves as "can apply".
  expect(eligible).not.toContain('medical-venture-total-support');
  expect(text).not.toContain('医療系ベンチャートータルサポート事業');
  expect(text).toContain('応募予定');
  expect(text).toMatch(/0\d{1,4}-\d{1,4}-\d{3,4}/); // a printed telephone contact
  expect(text).toContain('応募の前に必ず所管省庁・担当部署に最新の公募要領を確認してください');
  // Sources by publisher and document title, never by the file they were read from.
  expect(text).toContain('内閣府ほか関係府省「地域バイオコミュニティの認定・登録と関連予算');
  expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  // Every page numbered "n / total".
  for (let n = 1; n <= pages; n++) expect(text).toContain(`${n} / ${pages}`);
  expect(text).not.toContain('申請先を探す'); // the app's navigation is not printed
});

test('workshop mode shows one program per screen with a summary, moves by keyboard and leaves to where the user was', async ({
  guardedPage: page,
}) => {
  const eligible = await listFromWizard(page);
  const listUrl = page.url();
  // Far down a long list, the toolbar (kept on screen) opens the workshop view.
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.evaluate(() => window.scrollTo(0, 1500));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(1000);
  await page.getByRole('link', { name: 'ワークショップ表示' }).click();
  const region = page.getByRole('region', { name: /の候補/ });
  await expect(region.getByRole('heading', { level: 1 })).toHaveText('共創の場形成支援プログラム');
  await expect(region).toContainText(`1 / ${eligible.length}`);
  // One paragraph: the document's summary, then who runs it, the budget and who may apply.
  await expect(region.locator('.workshop-summary')).toHaveText(
    /^未来のありたい社会像.*推進。文部科学省の制度。令和4年度の予算は137億5,050万8,000円。資料によれば、申請できるのは大学等研究機関。$/,
  );
  await page.keyboard.press('Space');
  await expect(region).toContainText(`2 / ${eligible.length}`);
  await expect(region.getByRole('heading', { level: 1 })).toHaveText(/PRISM/);
  await expect(region.locator('.workshop-summary')).toContainText('100億円（内数）');
  await page.keyboard.press('ArrowRight');
  await expect(region).toContainText(`3 / ${eligible.length}`);
  await page.keyboard.press('Shift+Space');
  await expect(region).toContainText(`2 / ${eligible.length}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, 'workshop');
  await page.keyboard.press('ArrowLeft');
  await expect(region).toContainText(`1 / ${eligible.length}`);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(listUrl);
  await expect(page.locator('.entry-card')).toHaveCount(eligible.length);
  await page.setViewportSize({ width: 1280, height: 600 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('lists are managed from the index: add from search and detail, rename, duplicate, delete and undo', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/shortlists');
  await expect(page.getByText('まだリストがありません。')).toBeVisible();
  await page.getByLabel('リスト名').fill('B市 ワークショップ');
  await page.getByRole('button', { name: 'リストを作成' }).click();

  // From a search result row.
  await page.goto('/#/programs?q=COI-NEXT');
  const row = page.locator('.program-table tbody tr').first();
  await row.getByRole('button', { name: /リストに追加/ }).click();
  await row.getByRole('checkbox', { name: 'B市 ワークショップ' }).check();
  await page.keyboard.press('Escape');
  await expect(row.getByRole('button', { name: /リストに追加/ })).toBeFocused();
  // From a detail page, into a new list.
  await page.goto('/#/programs/prism-bio-community-survey');
  await page.getByRole('button', { name: /リストに追加/ }).click();
  await page.getByLabel('新しいリストの名前').fill('C大学 URA');
  await page.getByRole('button', { name: '作成して追加' }).click();
  await expect(page.getByRole('checkbox', { name: 'C大学 URA' })).toBeChecked();
  await screenshot(page, 'add-to-list');

  await page.goto('/#/shortlists');
  const items = page.locator('.shortlist-index > li');
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: '複製: B市 ワークショップ' }).click();
  await expect(items.nth(2)).toContainText('B市 ワークショップのコピー');
  await expect(items.nth(2)).toContainText('1 件');
  await page.getByRole('button', { name: '名前を変更: C大学 URA' }).click();
  await page.getByLabel('リスト名').last().fill('C大学 URA 2027');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByRole('button', { name: '上へ: C大学 URA 2027' }).click();
  await expect(items.first()).toContainText('C大学 URA 2027');

  await page.getByRole('button', { name: '削除: B市 ワークショップ', exact: true }).click();
  await expect(items).toHaveCount(2);
  await expect(
    page.getByRole('status').filter({ hasText: 'リスト「B市 ワークショップ」を削除しました。' }),
  ).toBeVisible();
  // The deleted row took the focus with it: it moves to Undo, and after undoing to the heading.
  await expect(page.getByRole('button', { name: '元に戻す' })).toBeFocused();
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(items).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('link', { name: 'B市 ワークショップ', exact: true })).toBeVisible();
  await screenshot(page, 'shortlists');

  // The complete English option.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lists');
  await expect(
    page.getByRole('button', { name: 'Duplicate: B市 ワークショップ', exact: true }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'B市 ワークショップ', exact: true }).click();
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('considering');
  await expect(page.getByRole('link', { name: 'Handout (A4)' })).toBeVisible();
  await screenshot(page, 'shortlist-en');
});

test('a colleague’s list file is imported as a new list; a hostile file is refused and changes nothing', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/shortlists');
  const hostile = {
    format: SHORTLIST_FILE_FORMAT,
    formatVersion: 1,
    exportedAt: '2026-11-23T00:00:00.000Z',
    catalogVersion: '2026.11.22-3',
    lists: [
      {
        name: '<img src=x onerror=alert(1)>',
        entries: [
          {
            programId: 'coi-next',
            programName: 'x',
            status: 'hacked',
            note: '',
            deadline: null,
            reasons: [],
          },
        ],
      },
    ],
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'リストのファイルを取り込む' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('hostile.json を取り込めませんでした。何も変更していません。');
  // Where and what, in words a person can act on: no schema path, no validator text.
  await expect(alert).toContainText(
    '1番目のリスト「<img src=x onerror=alert(1)>」の1件目の制度「x」の「状況（status）」: 次のどれかにしてください: considering（検討中）、planned（応募予定）',
  );
  await expect(alert).not.toContainText('lists[0]');
  await expect(page.locator('.shortlist-index > li')).toHaveCount(0);
  await screenshot(page, 'shortlist-import-refused');

  const valid = {
    ...hostile,
    lists: [
      {
        ...hostile.lists[0]!,
        entries: [{ ...hostile.lists[0]!.entries[0]!, status: 'planned', note: '<b>太字にしない</b>' }],
      },
    ],
  };
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'リストのファイルを取り込む' }).click();
  await (
    await again
  ).setFiles({
    name: 'colleague.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(valid)),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'colleague.json から 1 件のリストを取り込みました。' }),
  ).toBeVisible();
  // The list name is text, never markup.
  await expect(page.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await page.getByRole('link', { name: '<img src=x onerror=alert(1)>' }).click();
  await expect(page.locator('.entry-card').first().getByLabel('メモ')).toHaveValue('<b>太字にしない</b>');
  await expect(page.locator('.entry-card').first().getByLabel('状況')).toHaveValue('planned');
});
