import { validateCatalog } from '../../shared/catalog/validate';
import { daysUntil, todayIso } from '../../shared/format/dates';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { expect, screenshot, test } from './fixtures';
import { pressOn } from './wizard-helpers';

const checked = validateCatalog(readCatalogFiles('data').data);
if (!checked.ok) throw new Error('invalid catalog');
const { programs } = checked.catalog;
const byMinistry = (ministry: string) => programs.filter((p) => p.ministries.includes(ministry)).length;

test('the first screen says what the catalog holds, and each count opens exactly those programs', async ({
  guardedPage: page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'バイオエコノミーの公的支援を、根拠とともに探す',
  );
  const tiles = page.locator('.stat-tiles');
  await expect(tiles.locator('.stat-tile').nth(0)).toContainText(`支援制度${programs.length}`);
  const open = programs.filter((p) => p.newCalls?.value === '有').length;
  await expect(tiles.locator('.stat-tile').nth(1)).toContainText(`新規採択「有」${open}`);
  const years = programs.map((p) => p.describes.year).sort((a, b) => a - b);
  expect([years[0], years.at(-1)]).toEqual([2010, 2025]);
  await expect(tiles).toContainText('平成22年度〜令和7年度');
  await expect(tiles).toContainText('2026年11月22日（令和8年）');

  // Programs by ministry: a table a screen reader reads, with the documents' silence counted apart.
  const ministries = page.getByRole('table', { name: '所管府省別の制度数' });
  await expect(ministries.getByRole('row', { name: /経済産業省/ })).toContainText(
    String(byMinistry('経済産業省')),
  );
  const unknown = programs.filter((p) => p.ministries.length === 0).length;
  await expect(ministries.getByRole('row', { name: /要確認/ })).toContainText(String(unknown));
  await expect(ministries.locator('tbody tr').last()).toHaveClass('unstated');
  await screenshot(page, 'overview');

  await ministries.getByRole('link', { name: '経済産業省' }).click();
  await expect(page).toHaveURL(/#\/programs\?ministry=/);
  await expect(page.locator('.program-table tbody tr')).toHaveCount(byMinistry('経済産業省'));
  await page.goBack();
  const instruments = page.getByRole('table', { name: '支援の形態別の制度数' });
  await instruments.getByRole('link', { name: '記載なし' }).click();
  await expect(page.locator('.program-table tbody tr')).toHaveCount(
    programs.filter((p) => p.instruments.length === 0).length,
  );
});

test('from the first screen by keyboard: the wizard, a search, and the program list one step away', async ({
  guardedPage: page,
}) => {
  await page.goto('/');
  await pressOn(page, page.getByRole('link', { name: '申請できる制度を探す →' }), 'Enter');
  await expect(page.locator('#wizard-question')).toHaveText('どのような組織が申請しますか');

  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'キーワードで制度を探す' });
  await pressOn(page, search, 'C');
  await page.keyboard.type('OI-NEXT');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/programs\?q=COI-NEXT$/);
  await expect(page.getByRole('searchbox', { name: '制度を検索' })).toHaveValue('COI-NEXT');
  await expect(page.locator('.program-table tbody tr').first()).toContainText('共創の場形成支援プログラム');

  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '制度一覧' })
    .click();
  await expect(page.locator('.program-table tbody tr')).toHaveCount(programs.length);
  // The list in compact rows or as cards; the choice is remembered like the language.
  await page.getByRole('group', { name: '表示' }).getByRole('button', { name: 'カード' }).click();
  await expect(page.locator('.program-card')).toHaveCount(programs.length);
  await page.reload();
  await expect(page.getByRole('button', { name: 'カード' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.program-card')).toHaveCount(programs.length);
  await page.getByRole('button', { name: '詰めた表' }).click();
  await expect(page.locator('.program-table.density-compact tbody tr')).toHaveCount(programs.length);
});

test('the first screen shows the user’s upcoming deadlines and the programs they opened last', async ({
  guardedPage: page,
}) => {
  await page.goto('/');
  await expect(page.getByText('制度の詳細を開くと、ここに表示されます。')).toBeVisible();
  await expect(page.getByText('リストの制度に内部締切（学内締切・庁内締切）を入れると')).toBeVisible();

  // Two programs opened, the second one put in a list with an internal deadline.
  await page.goto('/#/programs/coi-next');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('共創の場形成支援プログラム');
  await page.goto('/#/programs/prism-bio-community-survey');
  await page.getByRole('button', { name: /リストに追加/ }).click();
  await page.getByLabel('新しいリストの名前').fill('B市 ワークショップ');
  await page.getByRole('button', { name: '作成して追加' }).click();
  await expect(page.getByRole('checkbox', { name: 'B市 ワークショップ' })).toBeChecked();
  await page.keyboard.press('Escape');
  await page.goto('/#/shortlists');
  await page.getByRole('link', { name: 'B市 ワークショップ' }).click();
  const deadline = new Date(Date.now() + 20 * 86_400_000);
  const iso = todayIso(deadline);
  await page.getByLabel('内部締切（学内締切・庁内締切）').fill(iso);
  await expect(page.locator('.entry-card time')).toHaveAttribute('datetime', iso);

  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: 'ホーム' })
    .click();
  const recent = page.locator('section[aria-labelledby="recent-heading"] li');
  await expect(recent).toHaveCount(2);
  await expect(recent.nth(0)).toContainText('バイオコミュニティの形成に係る調査等 (PRISM)');
  await expect(recent.nth(1)).toContainText('共創の場形成支援プログラム');
  const upcoming = page.locator('section[aria-labelledby="upcoming-heading"] li');
  await expect(upcoming).toHaveCount(1);
  await expect(upcoming.locator('time')).toHaveAttribute('datetime', iso);
  await expect(upcoming).toContainText(`あと${daysUntil(iso)}日`);
  await expect(upcoming).toContainText('B市 ワークショップ');
  await screenshot(page, 'overview-with-user-data');

  // User data: still there after a reload.
  await page.reload();
  await expect(recent).toHaveCount(2);
  await expect(upcoming).toHaveCount(1);
});
