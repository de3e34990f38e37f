import { pdfText } from '../support/pdf-text';
import { expect, test } from './fixtures';
import { daysFromToday, importList } from './list-fixture';
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

  // Keyboard: Tab from the chart/table switch reaches the first row (one Tab stop), arrows move,
  // End goes to the last.
  await figure.getByRole('button', { name: '表' }).focus();
  await page.keyboard.press('Tab');
  await expect(rows.nth(0)).toBeFocused();
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

test('market sizes: current and target with their years, ①②⑦ drawn once, Enter opens the domain', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/market-domains');
  const figure = page.getByRole('figure', { name: '市場規模：現状と目標' });
  await expect(figure.locator('.chart-group')).toHaveCount(7);
  await expect(figure.locator('.chart-group-label').first()).toContainText('①②⑦');
  const current = figure.locator('.chart-row').first();
  await expect(current).toHaveAttribute('aria-label', /現状（年不明）: 23.1兆円/);
  await expect(figure.locator('.chart-row', { hasText: '目標（2025年）' })).toHaveAttribute(
    'aria-label',
    /⑤ .*33兆円/,
  );
  await expect(figure.locator('.chart-bar-target')).toHaveCount(7);
  await current.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/market-domains\/3$/);
  await page.goBack();
  await expect(page.getByRole('figure', { name: '市場規模：現状と目標' })).toBeVisible();
  await lookInBothLanguages(page, 'market-sizes', async () => {
    await expect(page.getByRole('figure', { name: 'Market size: current and target' })).toContainText(
      '¥41.4 trillion',
    );
  });
});

test('a list’s pipeline: programs by status in order and by deadline month', async ({
  guardedPage: page,
}) => {
  await importList(page, '研究推進課', [
    ['coi-next', '共創の場形成支援プログラム', 'planned', daysFromToday(20)],
    ['kakenhi', '科学研究費助成事業', 'considering', daysFromToday(21)],
    ['a-step', '研究成果最適展開支援プログラム', 'applied', daysFromToday(-3)],
    ['smart-city', 'スマートシティ', 'considering', null],
  ]);
  await page.locator('.shortlist-index').getByRole('link', { name: '研究推進課' }).click();
  const byStatus = page.getByRole('figure', { name: '状況別' });
  await expect(byStatus.locator('.chart-row')).toHaveCount(5);
  await expect(byStatus.locator('.chart-row-label')).toHaveText([
    '検討中',
    '応募予定',
    '申請済',
    '採択',
    '見送り',
  ]);
  await expect(byStatus.locator('.chart-row').first()).toHaveAttribute('aria-label', '検討中: 2 件');
  const byMonth = page.getByRole('figure', { name: '内部締切の月別' });
  await expect(byMonth.locator('.chart-row').last()).toHaveAttribute('aria-label', '締切未設定: 1 件');
  await expect(byMonth.locator('.chart-summary')).toContainText('締切未設定は 1 件');
  await lookInBothLanguages(page, 'list-pipeline', async () => {
    await expect(page.getByRole('figure', { name: 'By status' })).toBeVisible();
  });
});

test('a chart prints as vector: its labels are text in the PDF, not pixels', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/budgets');
  await expect(page.locator('.chart-row').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const { text } = await pdfText(new Uint8Array(pdf));
  // These strings exist only inside the chart's SVG (the table view is not shown).
  expect(text).toContain('約2,019億円(程度を含む)');
  expect(text).toContain('+不明 2 件');
  expect(text).toContain('(億円)');
});
