import { expect, test } from './fixtures';
import { lookInBothLanguages } from './visual-helpers';

test('a program page draws its budget by fiscal year, 内数 apart, with a table view and keyboard access', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/programs/chi-no-shuseki-innovation');
  const figure = page.getByRole('figure', { name: '年度別の予算額' });
  await expect(figure).toBeVisible();
  const rows = figure.locator('.chart-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('aria-label', /令和4年度: 39億6,787万7,000円（内数）/);
  await expect(rows.nth(2)).toHaveAttribute('aria-label', /前年度額として記載.*42億円（内数）/);
  await expect(figure.locator('.chart-bar-partOf')).toHaveCount(3);
  await expect(figure.locator('.chart-bar-exact')).toHaveCount(0);
  await expect(figure.locator('.chart-summary')).toContainText('3 件は内数');

  // Keyboard: Tab reaches the first row, arrows move, End goes to the last.
  await rows.nth(0).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.nth(2)).toBeFocused();
  await expect(figure.locator('.chart-detail')).toContainText('(42億円の内数)');

  await lookInBothLanguages(page, 'program-budget-chart', async () => {
    await expect(page.getByRole('figure', { name: 'Budget by fiscal year' })).toBeVisible();
  });

  await figure.getByRole('button', { name: '表' }).click();
  await expect(figure.getByRole('table')).toContainText('(42億円の内数)');
  await expect(figure.locator('svg.bar-chart-svg')).toHaveCount(0);
});

test('the catalog’s budgets by ministry and year: 程度 and 内数 drawn apart, unknowns never as zero', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/programs');
  await page.getByRole('navigation').getByRole('link', { name: '予算', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '予算の全体像' })).toBeVisible();
  const figure = page.getByRole('figure', { name: '所管府省・年度別の予算額' });
  const mhlw2025 = figure.locator('.chart-row', { hasText: '厚生労働省' }).first();
  // 58 + 115 + 158 + 1,688 億円, all 程度; the two programs without a usable figure are not added.
  await expect(mhlw2025).toHaveAttribute(
    'aria-label',
    /令和7年度 厚生労働省: 自らの額の合計 約2,019億円（程度を含む）（4 件）。内数 0 件と金額不明 2 件/,
  );
  await expect(mhlw2025.locator('.chart-bar-approximate')).toHaveCount(1);
  await expect(mhlw2025.locator('.chart-bar-exact')).toHaveCount(0);
  await expect(mhlw2025).toContainText('＋不明 2 件');
  // A jointly owned program keeps its own row.
  await expect(figure.locator('.chart-row', { hasText: '文部科学省・厚生労働省' })).toHaveCount(1);

  await figure.getByRole('button', { name: '表' }).click();
  const table = figure.getByRole('table');
  await expect(table.getByRole('link', { name: '革新的医薬品等実用化支援基金事業' })).toBeVisible();
  await expect(table).toContainText('金額不明（要確認）');
  await figure.getByRole('button', { name: 'グラフ' }).click();

  await lookInBothLanguages(page, 'budgets', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Budgets across the catalog' })).toBeVisible();
    await expect(page.locator('.chart-row', { hasText: 'MHLW' }).first()).toContainText('+ 2 unknown');
  });
});
