import { expect, screenshot, test } from './fixtures';

test('explains clearly when the browser has no IndexedDB', async ({ guardedPage: page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'データを保存できません' })).toBeVisible();
  await expect(alert).toContainText('IndexedDB');
  await expect(alert.getByRole('button', { name: '再読み込み' })).toBeVisible();
  await screenshot(page, 'storage-unavailable');
});
