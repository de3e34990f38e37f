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

test('compare ids from a hand-edited link: duplicates merged, unknown ids and those over four dropped and named', async ({
  guardedPage: page,
}) => {
  const ids = [
    'coi-next',
    'coi-next',
    'no-such-program',
    'a-step',
    'kakenhi',
    'biomass-local-production',
    'prism-bio-community-survey',
  ];
  await page.goto(`/#/compare?ids=${ids.join(',')}`);
  const notice = page.locator('.compare-dropped');
  await expect(notice).toContainText('同じ制度が重複して指定されていたため、重複 1 件を外しました');
  await expect(notice).toContainText('カタログにない制度「no-such-program」は外しました');
  await expect(notice).toContainText('比較できるのは 4 件までです');
  const headers = page.locator('.compare-page thead th a');
  await expect(headers).toHaveCount(4);
  await expect(headers.first()).toHaveText('共創の場形成支援プログラム');
  await screenshot(page, 'compare-dropped-ids');
});

test('a 500-character unknown id is echoed cut short, as text, and the not-found page stays as wide as the window', async ({
  guardedPage: page,
}) => {
  const id = `<b>${'x'.repeat(500)}</b>`;
  for (const path of [`/programs/${encodeURIComponent(id)}`, `/nope/${'y'.repeat(500)}`]) {
    await page.goto(`/#${path}`);
    await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
    const message = page.locator('.not-found p');
    await expect(message).toContainText('…');
    expect((await message.textContent())!.length).toBeLessThan(200);
    await expect(page.locator('.not-found b')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  await screenshot(page, 'not-found-long-id');
});
