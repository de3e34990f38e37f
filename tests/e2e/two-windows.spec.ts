import type { Page } from '@playwright/test';
import { expect, guardPage, screenshot, test } from './fixtures';

async function openList(page: Page, name: string) {
  await page.goto('/#/shortlists');
  await page.locator('.shortlist-index').getByRole('link', { name, exact: true }).click();
  await expect(page.locator('.entry-card')).toHaveCount(1);
  return page.locator('.entry-card').first();
}

test('two windows: an edit in one shows in the other, without a reload', async ({
  guardedPage: a,
  baseURL,
}) => {
  const b = await a.context().newPage();
  const checkB = await guardPage(b, new URL(baseURL!).origin);
  await a.goto('/#/shortlists');
  await b.goto('/#/shortlists');
  await a.getByLabel('リスト名').fill('A大学 URA');
  await a.getByRole('button', { name: 'リストを作成' }).click();
  // The new list appears in the other window's index.
  await expect(b.locator('.shortlist-index').getByRole('link', { name: 'A大学 URA' })).toBeVisible();

  await b.goto('/#/programs/coi-next');
  await b.getByRole('button', { name: /リストに追加/ }).click();
  await b.getByRole('checkbox', { name: 'A大学 URA' }).check();
  const inA = await openList(a, 'A大学 URA');
  const inB = await openList(b, 'A大学 URA');

  await inA.getByLabel('状況').selectOption('planned');
  await expect(inB.getByLabel('状況')).toHaveValue('planned');
  await inB.getByLabel('メモ').fill('B で書いたメモ');
  await expect(inA.getByLabel('メモ')).toHaveValue('B で書いたメモ');
  await inA.getByLabel('内部締切（学内締切・庁内締切）').fill('2027-03-31');
  await expect(inB.getByLabel('内部締切（学内締切・庁内締切）')).toHaveValue('2027-03-31');
  await screenshot(b, 'two-windows-edit');
  checkB();
});

test('two windows: a newer version of the app in one asks the other to reload, and is not held up', async ({
  guardedPage: a,
  baseURL,
}) => {
  await a.goto('/#/shortlists');
  await expect(a.getByRole('heading', { level: 1, name: 'リスト' })).toBeVisible();
  const b = await a.context().newPage();
  const checkB = await guardPage(b, new URL(baseURL!).origin);
  await b.goto('/#/programs');
  // What a newer build does when it opens the database: a version above this one's.
  const upgrade = await b.evaluate(
    () =>
      new Promise<{ blocked: boolean; version: number }>((resolve, reject) => {
        let blocked = false;
        const probe = indexedDB.open('shien-menu-navi');
        probe.onsuccess = () => {
          const current = probe.result.version;
          probe.result.close();
          const request = indexedDB.open('shien-menu-navi', current + 10);
          request.onblocked = () => (blocked = true);
          request.onupgradeneeded = () => request.result.createObjectStore('fromANewerVersion');
          request.onsuccess = () => {
            request.result.close();
            resolve({ blocked, version: request.result.version });
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
  );
  expect(upgrade.blocked).toBe(false);
  const notice = a.locator('.connection-lost');
  await expect(notice).toContainText('このアプリは別のウィンドウ（タブ）で新しい版になりました。');
  await expect(notice.getByRole('button', { name: '再読み込み' })).toBeVisible();
  await screenshot(a, 'two-windows-upgraded-elsewhere');
  // An edit tried anyway says why it cannot save instead of failing silently.
  await a.getByLabel('リスト名').fill('保存できないリスト');
  await a.getByRole('button', { name: 'リストを作成' }).click();
  await expect(a.locator('.write-failure')).toContainText('保存できませんでした。');
  checkB();
});

test('two windows: data deleted in one is said in the other, and a reload starts afresh', async ({
  guardedPage: a,
  baseURL,
}) => {
  await a.goto('/#/shortlists');
  await a.getByLabel('リスト名').fill('消されるリスト');
  await a.getByRole('button', { name: 'リストを作成' }).click();
  await expect(a.locator('.shortlist-index > li')).toHaveCount(1);
  const b = await a.context().newPage();
  const checkB = await guardPage(b, new URL(baseURL!).origin);
  await b.goto('/#/programs');
  await expect(b.locator('.app-footer')).toBeVisible();
  await b.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('shien-menu-navi');
        request.onsuccess = resolve;
        request.onerror = reject;
      }),
  );
  await expect(a.locator('.connection-lost')).toContainText(
    'このアプリのデータが、別のウィンドウ（タブ）かブラウザーの設定で削除されました。',
  );
  await a.locator('.connection-lost').getByRole('button', { name: '再読み込み' }).click();
  await a.goto('/#/shortlists');
  await expect(a.getByText(/^まだリストがありません。/)).toBeVisible();
  await expect(a.locator('.connection-lost')).toHaveCount(0);
  checkB();
});
