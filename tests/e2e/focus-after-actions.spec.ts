import { expect, screenshot, test } from './fixtures';
import { importList } from './list-fixture';

test('after a list import, focus is on the new list, not lost on the page body', async ({
  guardedPage: page,
}) => {
  await importList(page, '研究推進課', [['coi-next', '共創の場形成支援プログラム', 'considering', null]]);
  await expect(page.getByRole('link', { name: '研究推進課' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '研究推進課' })).toBeVisible();
});

test('leaving workshop mode returns focus to the link that opened it', async ({ guardedPage: page }) => {
  await importList(page, '企画課', [['coi-next', '共創の場形成支援プログラム', 'considering', null]]);
  await page.getByRole('link', { name: '企画課' }).click();
  await page.getByRole('link', { name: 'ワークショップ表示' }).click();
  await expect(page.locator('.workshop')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'ワークショップ表示' })).toBeFocused();
});

test('opening the compare page puts focus on its heading', async ({ guardedPage: page }) => {
  await importList(page, '地域連携', [
    ['coi-next', '共創の場形成支援プログラム', 'considering', null],
    ['a-step', '研究成果最適展開支援プログラム', 'considering', null],
  ]);
  await page.getByRole('link', { name: '地域連携' }).click();
  const boxes = page.getByRole('checkbox', { name: /比較する/ });
  await expect(boxes).toHaveCount(2);
  for (const box of await boxes.all()) await box.check();
  await page.getByRole('button', { name: /選んだ制度を比較/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '制度の比較' })).toBeFocused();
  await screenshot(page, 'compare-heading-focused');
});

test('the add-to-list panel closes when Tab leaves it, and Escape returns focus to its button', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/programs/coi-next');
  const add = page.getByRole('button', { name: /リストに追加/ });
  await add.click();
  const panel = page.locator('.shortlist-panel');
  await expect(panel).toBeVisible();
  // Into the panel (new-list name, create button, close link), then out of it.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(panel).toHaveCount(0);
  await expect(add).toHaveAttribute('aria-expanded', 'false');

  await add.click();
  await page.getByRole('textbox', { name: '新しいリストの名前' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(add).toBeFocused();
});
