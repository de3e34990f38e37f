import { expect, screenshot, test } from './fixtures';
import { guardPage } from './fixtures';

test('a note being typed in one window is not overwritten by a save in another; the other version can be taken', async ({
  guardedPage: pageA,
  context,
  baseURL,
}) => {
  await pageA.goto('/#/shortlists');
  await pageA.getByLabel('リスト名').fill('A大学 URA');
  await pageA.getByRole('button', { name: 'リストを作成' }).click();
  await pageA.goto('/#/programs/coi-next');
  await pageA.getByRole('button', { name: /リストに追加/ }).click();
  await pageA.getByRole('checkbox', { name: 'A大学 URA' }).check();
  await pageA.goto('/#/shortlists');
  await pageA.getByRole('link', { name: 'A大学 URA' }).click();
  const listUrl = pageA.url();

  const pageB = await context.newPage();
  const checkB = await guardPage(pageB, new URL(baseURL!).origin);
  await pageB.goto(listUrl);

  const noteA = pageA.getByLabel('メモ');
  const noteB = pageB.getByLabel('メモ');
  await noteA.click();
  await noteA.pressSequentially('産学連携本部で');
  // Let A's own writes land before B saves.
  await expect(noteB).toHaveValue('産学連携本部で');

  await noteB.fill('B で書いたメモ');
  const notice = pageA.locator('.entry-card').getByRole('status').filter({ hasText: '別のウィンドウ' });
  await expect(notice).toBeVisible();
  // A is still typing: its text stays as typed, and the next keys extend it.
  await expect(noteA).toHaveValue('産学連携本部で');
  await expect(noteA).toBeFocused();
  await noteA.pressSequentially('打合せ');
  await expect(noteA).toHaveValue('産学連携本部で打合せ');
  await screenshot(pageA, 'note-changed-elsewhere');

  // Take the other window's version.
  await notice.getByRole('button', { name: '別のウィンドウの内容にする' }).click();
  await expect(noteA).toHaveValue('B で書いたメモ');
  await expect(notice).toHaveCount(0);
  await expect(noteB).toHaveValue('B で書いたメモ');
  await pageA.reload();
  await expect(pageA.getByLabel('メモ')).toHaveValue('B で書いたメモ');
  checkB();
});

test('keeping this window’s note after a change elsewhere saves it', async ({
  guardedPage: pageA,
  context,
  baseURL,
}) => {
  await pageA.goto('/#/shortlists');
  await pageA.getByLabel('リスト名').fill('B 市 企画課');
  await pageA.getByRole('button', { name: 'リストを作成' }).click();
  await pageA.goto('/#/programs/coi-next');
  await pageA.getByRole('button', { name: /リストに追加/ }).click();
  await pageA.getByRole('checkbox', { name: 'B 市 企画課' }).check();
  await pageA.goto('/#/shortlists');
  await pageA.getByRole('link', { name: 'B 市 企画課' }).click();
  const pageB = await context.newPage();
  const checkB = await guardPage(pageB, new URL(baseURL!).origin);
  await pageB.goto(pageA.url());

  const noteA = pageA.getByLabel('メモ');
  await noteA.click();
  await noteA.pressSequentially('A のメモ');
  await expect(pageB.getByLabel('メモ')).toHaveValue('A のメモ');
  await pageB.getByLabel('メモ').fill('B のメモ');
  // B's user moves on: B's field shows storage again from now on.
  await pageB.getByLabel('メモ').blur();
  const notice = pageA.locator('.entry-card').getByRole('status').filter({ hasText: '別のウィンドウ' });
  await notice.getByRole('button', { name: 'この画面の内容を保存' }).click();
  await expect(notice).toHaveCount(0);
  await expect(pageB.getByLabel('メモ')).toHaveValue('A のメモ');
  await expect(noteA).toHaveValue('A のメモ');
  checkB();
});
