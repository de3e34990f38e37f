import { expect, screenshot, test } from './fixtures';
import { listRows, scrollToRow } from './list-helpers';

test.describe('catalog list and program detail', () => {
  test('lists the embedded programs with ministry, budget, fiscal year and applicants', async ({
    guardedPage: page,
  }) => {
    await page.goto('/#/programs');
    await expect(page.getByRole('heading', { level: 1, name: '支援制度の一覧' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('46 件');
    await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '47');
    await expect(listRows(page).first()).toBeVisible();

    const coiNext = await scrollToRow(page, 'coi-next');
    await expect(
      coiNext.getByRole('link', { name: '共創の場形成支援プログラム', exact: true }),
    ).toBeVisible();
    await expect(coiNext).toContainText('文部科学省');
    await expect(coiNext).toContainText('137億5,050万8,000円');
    await expect(coiNext).toContainText('令和4年度');
    await expect(coiNext).toContainText('大学等研究機関');

    const prism = await scrollToRow(page, 'prism-bio-community-survey');
    await expect(prism).toContainText('100億円');
    await expect(prism).toContainText('内数');
    await expect(prism).toContainText('自治体');
    await screenshot(page, 'catalog-list');
  });

  test('opens a program by keyboard and shows every field with contacts and sources', async ({
    guardedPage: page,
  }) => {
    await page.goto('/#/programs');
    const link = (await scrollToRow(page, 'coi-next')).getByRole('link', {
      name: '共創の場形成支援プログラム',
      exact: true,
    });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/programs\/coi-next$/);

    const heading = page.getByRole('heading', { level: 1, name: '共創の場形成支援プログラム', exact: true });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('note')).toContainText('令和4年度（2022年度）時点');
    await expect(page.locator('.facts')).toContainText('COI-NEXT / 産学連携拠点の形成 (共創の場形成支援)');
    await expect(
      page.getByRole('link', {
        name: '共創の場形成支援プログラム 本格型（政策重点分野）バイオ分野 令和２年度公募',
      }),
    ).toBeVisible();
    await expect(
      page.getByText('文部科学省 科学技術・学術政策局 産業連携・地域振興課 拠点形成・地域振興室'),
    ).toBeVisible();

    const contacts = page.locator('.contacts');
    await expect(contacts.getByRole('link', { name: '03-5253-4111' })).toHaveAttribute(
      'href',
      'tel:0352534111',
    );
    await expect(contacts).toContainText('内線 4195');
    await expect(contacts.getByRole('link', { name: 'coi-next@mext.go.jp' })).toHaveAttribute(
      'href',
      'mailto:coi-next@mext.go.jp',
    );

    const budgets = page.locator('.budget-table');
    await expect(budgets).toContainText('13,750,508千円');
    await expect(budgets).toContainText('138億円の内数');
    await expect(budgets).toContainText('137億円の内数');

    const sources = page.locator('.sources');
    await expect(sources).toContainText('002_20b158d829ca5b59.txt');
    await expect(sources).toContainText('未来のありたい社会像の達成に向けて');
    await screenshot(page, 'program-detail');

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: '支援制度の一覧' })).toBeVisible();
    await page.goForward();
    await expect(
      page.getByRole('heading', { level: 1, name: '共創の場形成支援プログラム', exact: true }),
    ).toBeVisible();
  });

  test('deep links work and show a program that takes no new applications', async ({ guardedPage: page }) => {
    await page.goto('/#/programs/medical-venture-total-support');
    await expect(
      page.getByRole('heading', { level: 1, name: '医療系ベンチャートータルサポート事業' }),
    ).toBeVisible();
    const facts = page.locator('.facts');
    await expect(facts).toContainText('無（令和4年度）');
    await expect(page.locator('.eligibility')).toContainText('①大学等研究機関');
    await expect(page.locator('.eligibility')).toContainText('②民間事業者等');
    await expect(page.locator('.eligibility')).not.toContainText('③自治体');

    await page.goto('/#/programs/no-such-program');
    await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeFocused();
    await expect(page.getByText('ID「no-such-program」の制度はカタログにありません。')).toBeVisible();
  });

  test('switches to English and back, and the choice survives a reload', async ({ guardedPage: page }) => {
    await page.goto('/#/programs/coi-next');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Who may apply' })).toBeVisible();
    await expect(page.getByText('stated in the source').first()).toBeVisible();
    await screenshot(page, 'program-detail-en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Who may apply' })).toBeVisible();
    // The English messages load before the first render, and the catalog's publisher is glossed.
    await expect(page.locator('.app-footer')).toContainText('Support Menu Navigator editorial team');
    await page.getByRole('navigation').getByRole('link', { name: 'Programs', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Support programs' })).toBeVisible();
    await expect(await scrollToRow(page, 'coi-next')).toContainText('¥13,750.5 million');

    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '支援制度の一覧' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  test('catalog and user data are still there after a reload', async ({ guardedPage: page }) => {
    await page.goto('/#/programs/biomass-local-production');
    const favourite = page.getByRole('button', { name: /お気に入りに追加/ });
    await favourite.click();
    await expect(page.getByRole('button', { name: /お気に入りから外す/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'バイオマス地産地消対策' })).toBeVisible();
    await expect(page.getByRole('button', { name: /お気に入りから外す/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.goto('/#/programs');
    await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('46 件');
    await expect(
      (await scrollToRow(page, 'biomass-local-production')).getByRole('img', { name: 'お気に入り' }),
    ).toBeVisible();
    const loadedAt = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('shien-menu-navi');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('catalog');
            get.onsuccess = () => resolve(get.result.loadedAt);
          };
        }),
    );
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText('46 件');
    const loadedAtAfterReload = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('shien-menu-navi');
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('catalog');
            get.onsuccess = () => resolve(get.result.loadedAt);
          };
        }),
    );
    // Same catalog version: the second start did no seeding work.
    expect(loadedAtAfterReload).toBe(loadedAt);
  });
});
