import { expect, screenshot, test } from './fixtures';

test('a note that cannot be saved stays on screen, marked, explained, and saves once there is room', async ({
  guardedPage: page,
}) => {
  // Writes fail as on a full disk while window.__diskFull is set; reads always work.
  await page.addInitScript(() => {
    const flags = window as unknown as { __diskFull?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (flags.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as never;
    }
  });
  await page.goto('/#/shortlists');
  await page.getByLabel('リスト名').fill('A大学 URA');
  await page.getByRole('button', { name: 'リストを作成' }).click();
  await page.getByRole('link', { name: 'A大学 URA' }).click();
  await page.goto('/#/programs/coi-next');
  await page.getByRole('button', { name: /リストに追加/ }).click();
  await page.getByRole('checkbox', { name: 'A大学 URA' }).check();
  await page.getByRole('link', { name: 'リスト', exact: true }).click();
  await page.getByRole('link', { name: 'A大学 URA' }).click();

  const note = page.getByLabel('メモ');
  await note.fill('産学連携本部で 4/10 に打合せ');
  await expect(note).not.toHaveClass(/unsaved/);
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
  await note.fill('産学連携本部で 4/10 に打合せ。申請書は 3/31 まで');
  const alert = page.locator('.entry-card').getByRole('alert');
  await expect(alert).toContainText('保存できませんでした。この端末の保存容量が足りません。');
  await expect(alert).toContainText('入力した内容はまだ保存されていません（画面には残しています）。');
  await expect(note).toHaveClass(/unsaved/);
  await expect(note).toHaveValue('産学連携本部で 4/10 に打合せ。申請書は 3/31 まで');
  await screenshot(page, 'note-not-saved');

  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
  await alert.getByRole('button', { name: 'もう一度保存' }).click();
  await expect(alert).toHaveCount(0);
  await expect(note).not.toHaveClass(/unsaved/);
  await page.reload();
  await expect(page.getByLabel('メモ')).toHaveValue('産学連携本部で 4/10 に打合せ。申請書は 3/31 まで');
});
