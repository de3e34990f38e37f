import { expect, test } from './fixtures';
import { elementShot, lookInBothLanguages } from './visual-helpers';

test('the map: communities on their prefectures, the user’s prefecture marked, Enter opens a prefecture', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/communities');
  await page.getByRole('link', { name: '地図で見る' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'バイオコミュニティの地図' })).toBeVisible();
  const map = page.getByRole('group', { name: '日本地図（都道府県を選べます）' });
  await expect(map.locator('.map-prefecture')).toHaveCount(47);
  // 16 prefectures hold a community: the regional ones' 北海道, 山形, 新潟, 福岡 and 東海's 愛知, 岐阜,
  // 三重, 静岡 (inferred), and the global bio community plan's 東京圏 and 関西圏 (inferred).
  await expect(map.locator('.map-prefecture.has-community')).toHaveCount(16);
  expect((await map.locator('.map-marker-label').allTextContents()).sort()).toEqual(
    ['北海道プライム', '鶴岡', '長岡', '東海', '福岡', 'グローバル'].sort(),
  );
  await expect(map.locator('[data-prefecture="新潟県"]')).toHaveAttribute(
    'aria-label',
    '新潟県。バイオコミュニティ: 長岡バイオコミュニティ',
  );

  // Keyboard: one Tab stop on the map, arrows move north to south, Enter opens the panel.
  const hokkaido = map.locator('[data-prefecture="北海道"]');
  await expect(hokkaido).toHaveAttribute('tabindex', '0');
  await hokkaido.focus();
  for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowDown');
  await expect(map.locator('[data-prefecture="新潟県"]')).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: /新潟県/ });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel.getByRole('link', { name: '長岡バイオコミュニティ' })).toBeVisible();
  await expect(panel).toContainText('長岡バイオエコノミーコンソーシアム');
  await expect(panel).toContainText('資料から推定:「長岡市」');
  await expect(page).toHaveURL(/pref=%E6%96%B0%E6%BD%9F%E7%9C%8C/);

  // A program tied to a prefecture by name in its source, shown with the quote.
  // From the select, focus stays on the select (keyboard users keep their place).
  await page.getByRole('combobox', { name: '都道府県を選ぶ' }).focus();
  await page.getByRole('combobox', { name: '都道府県を選ぶ' }).selectOption('奈良県');
  await expect(
    page.getByRole('region', { name: /奈良県/ }).getByRole('link', { name: '戦略的基盤技術高度化支援事業' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: '都道府県を選ぶ' })).toBeFocused();
});

test('the user’s prefecture from the wizard address is marked, a hand-edited one is ignored', async ({
  guardedPage: page,
}) => {
  await page.goto(
    `/#/communities/map?home=${encodeURIComponent('愛知県')}&pref=${encodeURIComponent('愛知県')}`,
  );
  const aichi = page.locator('[data-prefecture="愛知県"]');
  await expect(aichi).toHaveClass(/is-home/);
  await expect(aichi).toHaveAttribute('aria-pressed', 'true');
  await expect(aichi).toHaveAttribute('aria-label', /あなたの都道府県/);
  const panel = page.getByRole('region', { name: /愛知県/ });
  await expect(panel.getByRole('link', { name: '東海バイオコミュニティ' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'あなたの都道府県' })).toHaveValue('愛知県');
  await elementShot(page, '.map-layout', 'community-map-figure-ja');
  await lookInBothLanguages(page, 'community-map', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Bio communities on the map' })).toBeVisible();
    await expect(page.getByRole('region', { name: /Aichi/ })).toContainText(
      '東海バイオコミュニティ (Tokai Bio Community) Registered (growth track)',
    );
  });

  await page.goto(`/#/communities/map?home=${encodeURIComponent('<b>x</b>')}&pref=Atlantis`);
  await expect(page.getByRole('heading', { level: 1, name: 'バイオコミュニティの地図' })).toBeVisible();
  await expect(page.locator('.map-prefecture.is-home, .map-prefecture.is-selected')).toHaveCount(0);
  await expect(page.getByText('地図か一覧で都道府県を選ぶと')).toBeVisible();
});

test('from a wizard result to the map with the answered prefecture marked', async ({ guardedPage: page }) => {
  await page.goto(`/#/wizard/result?org=municipality&pref=${encodeURIComponent('新潟県')}&theme=d3`);
  await page.getByRole('link', { name: '地図で見る' }).click();
  await expect(page.locator('[data-prefecture="新潟県"]')).toHaveClass(/is-home/);
  await expect(page.getByRole('region', { name: /新潟県/ })).toContainText('長岡バイオコミュニティ');
});

test('the about screen names the map data and its licence', async ({ guardedPage: page }) => {
  await page.goto('/#/programs');
  await page.getByRole('link', { name: 'このアプリについて' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'このアプリについて' })).toBeVisible();
  await expect(page.locator('.about-page')).toContainText('Map of Japan by MapSVG (mapsvg.com), CC BY 4.0');
  await expect(page.locator('.about-page')).toContainText(
    'ライセンス: CC-BY-4.0（@svg-maps/japan 2.0.0 を簡略化して同梱）',
  );
  await lookInBothLanguages(page, 'about', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'About this app' })).toBeVisible();
  });
});

test('a saved client profile marks its prefecture on the map', async ({ guardedPage: page }) => {
  await page.goto(`/#/wizard/result?org=university&pref=${encodeURIComponent('福岡県')}&theme=d3`);
  await page.getByLabel('この回答に名前を付けて保存（例: クライアント名）').fill('九州の大学');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('「九州の大学」として保存しました。')).toBeVisible();
  await page.goto('/#/communities/map');
  await page
    .getByRole('combobox', { name: 'あなたの都道府県' })
    .selectOption({ label: '九州の大学（福岡県）' });
  await expect(page.locator('[data-prefecture="福岡県"]')).toHaveClass(/is-home/);
  await expect(page.locator('.map-prefecture.is-home')).toHaveCount(1);
});
