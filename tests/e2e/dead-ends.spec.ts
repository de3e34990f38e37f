import type { Page } from '@playwright/test';
import { SHORTLIST_FILE_FORMAT } from '../../shared/shortlist/shortlist-file';
import { expect, screenshot, test } from './fixtures';

const ERROR_SCREEN = '画面を表示できませんでした';

async function expectNoErrorScreen(page: Page) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByText(ERROR_SCREEN)).toHaveCount(0);
}

test('Tab, Enter on the first screen skips to the content without leaving the page', async ({
  guardedPage: page,
}) => {
  for (const start of ['/', '/#/programs', '/#/shortlists']) {
    await page.goto(start);
    // A fresh load: going from one hash to another does not reload, and focus would stay put.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const url = page.url();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    expect(page.url()).toBe(url);
    await expectNoErrorScreen(page);
    // Reading and tabbing go on from the content, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(
      true,
    );
  }
  await screenshot(page, 'skip-link-used');
});

const HOSTILE_LINKS: [string, string][] = [
  ['/#/nope', 'アドレス「/nope」に当たる画面はありません。'],
  ['/#main', 'に当たる画面はありません。'],
  ['/#/programs/constructor', 'ID「constructor」の制度はカタログにありません。'],
  ['/#/programs/__proto__', 'ID「__proto__」の制度はカタログにありません。'],
  ['/#/market-domains/__proto__', '番号「__proto__」の市場領域はありません。'],
  ['/#/market-domains/NaN', '番号「NaN」の市場領域はありません。'],
  ['/#/market-domains/-1', '番号「-1」の市場領域はありません。'],
  ['/#/market-domains/99', '番号「99」の市場領域はありません。'],
  ['/#/communities/constructor', 'ID「constructor」のバイオコミュニティはカタログにありません。'],
  ['/#/frameworks/toString', 'ID「toString」の認定・宣言制度はカタログにありません。'],
  ['/#/shortlists/x', 'このリストは見つかりません。'],
  ['/#/shortlists/__proto__/handout', 'このリストは見つかりません。'],
  ['/#/shortlists/constructor/workshop', 'このリストは見つかりません。'],
  ['/#/programs/coi-next/nope', 'に当たる画面はありません。'],
  ['/#/%E0%A4%A', 'に当たる画面はありません。'],
];

test('hostile and outdated deep links show "not found" with a way home, never the error screen', async ({
  guardedPage: page,
}) => {
  for (const [link, message] of HOSTILE_LINKS) {
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }), link).toBeVisible();
    await expect(page.getByText(message), link).toBeVisible();
    await expect(page.getByText(ERROR_SCREEN)).toHaveCount(0);
    // The app's own navigation is still there.
    await expect(page.getByRole('navigation').getByRole('link', { name: 'リスト' })).toBeVisible();
  }
  await screenshot(page, 'not-found');
  await page.getByRole('link', { name: '最初の画面へ' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'バイオエコノミーの公的支援を、根拠とともに探す' }),
  ).toBeVisible();

  // Links the app tolerates: a hostile query is dropped or shown as text, never crashes.
  for (const link of [
    '/#/compare?ids=__proto__,constructor',
    '/#/programs?ministry=__proto__&sort=constructor',
    '/#/wizard?step=__proto__&org=constructor',
    '/#/wizard/result?org=__proto__',
    '/#/shortlists/x/workshop?i=NaN',
  ]) {
    await page.goto(link);
    await expectNoErrorScreen(page);
  }
});

test('not found in the English UI, and the record pages’ own way back', async ({ guardedPage: page }) => {
  await page.goto('/#/programs');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/programs/no-such-program');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('The catalog has no program with the ID “no-such-program”.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeFocused();
  await screenshot(page, 'not-found-en');
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Support programs' })).toBeVisible();
});

test('a list file with reason codes this version does not know still prints as a handout', async ({
  guardedPage: page,
}) => {
  const file = {
    format: SHORTLIST_FILE_FORMAT,
    formatVersion: 1,
    exportedAt: '2027-01-01T00:00:00.000Z',
    catalogVersion: '2099.01.01-1',
    lists: [
      {
        name: '未来の版から',
        entries: [
          {
            programId: 'coi-next',
            programName: '共創の場形成支援プログラム',
            status: 'considering',
            note: '',
            deadline: null,
            reasons: [
              { criterion: 'org', verdict: 'matched', code: 'constructor', params: {} },
              { criterion: 'theme', verdict: 'matched', code: 'a-code-from-2030', params: { label: 'x' } },
            ],
          },
        ],
      },
    ],
  };
  await page.goto('/#/shortlists');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'リストのファイルを取り込む' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('link', { name: '未来の版から' }).click();
  await page.getByRole('link', { name: '配布資料（A4）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '未来の版から' })).toBeVisible();
  // Kept, and said to be unreadable by this version (shared/shortlist/shortlist.ts).
  await expect(page.locator('.handout-program')).toContainText(
    'このバージョンでは表示できない判定理由（constructor）',
  );
  await expect(page.locator('.handout-program')).toContainText(
    'このバージョンでは表示できない判定理由（a-code-from-2030）',
  );
  await expect(page.getByText(ERROR_SCREEN)).toHaveCount(0);
});

// The guarded page fails on any console error; this test makes a page fail on purpose, and React
// and the router report that on the console, so it collects errors itself and checks they are ours.
test('the error screen names the failure in words and starts again from a screen that works', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Reading this one program fails, as a broken database would; every other read works.
  await page.addInitScript(() => {
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      if (key === 'coi-next') throw new TypeError('simulated read failure');
      return get.call(this, key);
    };
  });
  await page.goto('/#/programs/coi-next');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: ERROR_SCREEN })).toBeVisible();
  await expect(alert).toContainText('アプリ内部の不具合で、この画面を表示できませんでした。');
  await expect(alert).toContainText('保存したデータは失われていません。');
  await alert.getByText('技術的な詳細').click();
  await expect(alert.locator('pre')).toContainText('simulated read failure');
  await expect(alert).not.toContainText('[object Object]');
  await screenshot(page, 'error-screen');
  await alert.getByRole('button', { name: '最初の画面から開き直す' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'バイオエコノミーの公的支援を、根拠とともに探す' }),
  ).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/');
  expect(errors.every((e) => e.includes('simulated read failure'))).toBe(true);
});
