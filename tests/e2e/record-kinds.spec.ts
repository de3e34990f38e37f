import { expect, screenshot, test } from './fixtures';

test('a bio community: network institution, contact, market domains, KPIs and sources', async ({
  guardedPage: page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'バイオコミュニティ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'バイオコミュニティ' })).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(6);
  const tsuruokaCard = page.locator('[data-community-id="tsuruoka"]');
  await expect(tsuruokaCard).toContainText('認定');
  await expect(tsuruokaCard.getByRole('link', { name: '0235-29-0534' })).toHaveAttribute(
    'href',
    'tel:0235290534',
  );
  await expect(page.locator('[data-community-id="tokai"]')).toContainText('育成登録');
  await screenshot(page, 'community-list');

  await tsuruokaCard.getByRole('link', { name: '鶴岡バイオコミュニティ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '鶴岡バイオコミュニティ' })).toBeFocused();
  const facts = page.locator('.facts');
  await expect(facts).toContainText('一般社団法人鶴岡サイエンスパーク');
  await expect(facts).toContainText('山形県（資料から推定）');
  await expect(facts.getByRole('link', { name: /⑤ 生活習慣改善ヘルスケア/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'y-yuzawa@ttck.keio.ac.jp' })).toHaveAttribute(
    'href',
    'mailto:y-yuzawa@ttck.keio.ac.jp',
  );
  await expect(page.locator('#kpis-heading + ul')).toContainText('レンタルラボの新設20室（2022年度）');
  await expect(page.locator('.sources')).toContainText('001_0f2c409542d30b97.txt');
  await screenshot(page, 'community-detail');
});

test('a market domain: lead ministry, market size and the communities that target it', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/market-domains');
  await expect(page.locator('.domain-table tbody tr')).toHaveCount(9);
  await expect(page.locator('tr[data-domain-id="9"]')).toContainText('林野庁');
  await expect(page.locator('tr[data-domain-id="1"]')).toContainText(
    '41.4兆円（2030）← 23.1兆円（年不明） ①②⑦ の合計',
  );
  await screenshot(page, 'market-domain-list');

  await page.getByRole('link', { name: '③ 持続的一次生産システム' }).click();
  await expect(page.locator('.facts')).toContainText('農林水産省');
  await expect(page.locator('.facts')).toContainText('1.7兆円（2030）← 0.3兆円（2018）');
  const communities = page.locator('#communities-heading + ul');
  for (const name of [
    '北海道プライムバイオコミュニティ',
    '長岡バイオコミュニティ',
    '福岡バイオコミュニティ',
    '東海バイオコミュニティ',
  ]) {
    await expect(communities.getByRole('link', { name })).toBeVisible();
  }
  await expect(communities.getByRole('link', { name: '鶴岡バイオコミュニティ' })).toHaveCount(0);
  await screenshot(page, 'market-domain-detail');
});

test('the declaration framework: who declares, what it contains, the first municipality and the contact', async ({
  guardedPage: page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: '認定・宣言制度', exact: true }).click();
  await page.getByRole('link', { name: '輝くいのちのものづくり推進宣言' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '輝くいのちのものづくり推進宣言' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('2026年2月19日（令和8年）時点');
  await expect(page.locator('.facts')).toContainText('近畿経済産業局');
  await expect(page.locator('.eligibility')).toContainText('自治体');
  await expect(page.locator('#participants-heading + ul')).toContainText('奈良県田原本町');
  await expect(page.locator('#contents-heading + ul')).toContainText('バイオものづくり製品の公共調達');
  await expect(page.getByRole('link', { name: 'bzl-kin-biomail@meti.go.jp' })).toHaveAttribute(
    'href',
    'mailto:bzl-kin-biomail@meti.go.jp',
  );
  await screenshot(page, 'framework-detail');
});

test('old and unconfirmed records never look current', async ({ guardedPage: page }) => {
  await page.goto('/#/programs/artificial-gene-synthesis');
  await expect(page.getByRole('note')).toContainText('平成24年度（2012年度）時点');
  await expect(page.locator('.facts')).toContainText('過去の事業（平成24年度）');
  await expect(page.locator('.facts')).toContainText('H24-28');
  await expect(page.locator('.contacts')).toContainText('03-3501-８６２5');
  await expect(page.locator('.contacts').getByRole('link', { name: '03-3501-8625' })).toHaveAttribute(
    'href',
    'tel:0335018625',
  );
  await screenshot(page, 'program-historical');

  await page.goto('/#/programs/innovative-drug-practical-fund');
  await expect(page.locator('.budget-table')).toContainText('41億円程度【厚】／481億円程度【厚】');
  await expect(page.locator('.notes')).toContainText('どちらの事業の額かを判別できない');
  await expect(page.locator('.eligibility, .unknown').first()).toContainText('要確認');
  await screenshot(page, 'program-ambiguous-budget');

  await page.goto('/#/programs/smart-city');
  await expect(page.locator('.facts')).toContainText('要確認');
  await expect(page.locator('.unknown').first()).toBeVisible();
});
