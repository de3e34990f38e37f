import { expect, screenshot, test } from './fixtures';

test('a filter value no program has is dropped from the address and named, not shown as a chip', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/programs?ministry=__proto__&ministry=文部科学省');
  const notice = page.getByRole('status').filter({ hasText: '使えないため外しました' });
  await expect(notice).toHaveText('条件「__proto__」は使えないため外しました。');
  const chips = page.locator('.active-filters .chip');
  await expect(chips).toHaveCount(1);
  await expect(chips).toContainText('文部科学省');
  await expect(page).not.toHaveURL(/__proto__/);
  await expect(page.locator('.count')).not.toHaveText(/^0 件/);
  await screenshot(page, 'dropped-filter');
});
