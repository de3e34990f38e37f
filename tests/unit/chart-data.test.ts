import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import type { Program } from '../../shared/catalog/program';
import { validateCatalog } from '../../shared/catalog/validate';
import { programBudgetFigures } from '../../shared/charts/budget-figures';
import { catalogBudgets } from '../../shared/charts/catalog-budgets';
import { marketSizeRows } from '../../shared/charts/market-sizes';
import { listPipeline } from '../../shared/charts/pipeline';

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
const { catalog } = result;
const program = (id: string) => catalog.programs.find((p) => p.id === id)!;

const source = { file: '002_20b158d829ca5b59.txt' as const, section: 's', quote: 'q' };
const fy = (year: number, label = `${year}年度`) => ({ label, year });
function budgetProgram(
  id: string,
  ministries: string[],
  budgets: Partial<Program['budgets'][number]>[],
): Pick<Program, 'id' | 'name' | 'ministries' | 'budgets'> {
  return {
    id,
    name: id,
    ministries,
    budgets: budgets.map((b) => ({
      fiscalYear: fy(2022),
      amountYen: 100,
      text: '100円',
      partOf: false,
      approximate: false,
      previous: null,
      note: null,
      source,
      ...b,
    })),
  };
}

describe('a program’s budget figures', () => {
  it('keeps every printed figure of a year and adds the previous year the source gives', () => {
    const figures = programBudgetFigures(program('chi-no-shuseki-innovation'));
    expect(figures.map((f) => [f.fiscalYear.year, f.text, f.kind, f.previousYear])).toEqual([
      [2022, '3,967,877千円 (内数)', 'partOf', false],
      [2022, '40億円の内数', 'partOf', false],
      [2021, '(42億円の内数)', 'partOf', true],
    ]);
  });

  it('reads a figure without an amount as unknown, whatever its flags say', () => {
    const figures = programBudgetFigures(program('innovative-drug-practical-fund'));
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ kind: 'unknown', amountYen: null, approximate: true });
    // "(-)" beside a new line: no figure for the previous year, shown as unknown, never as zero.
    const previous = programBudgetFigures(program('biomass-local-production')).find((f) => f.previousYear);
    expect(previous).toMatchObject({ kind: 'unknown', text: '(-)' });
  });

  it('reads 程度 as approximate and 内数 as part of a larger line', () => {
    expect(programBudgetFigures(program('mcm-stockpile'))[0]!.kind).toBe('approximate');
    expect(programBudgetFigures(program('prism-bio-community-survey'))[0]!.kind).toBe('partOf');
    expect(programBudgetFigures(program('medical-venture-total-support'))[0]!.kind).toBe('exact');
    expect(programBudgetFigures(program('kakenhi'))).toEqual([]);
  });
});

describe('the catalog’s budgets by ministry and fiscal year', () => {
  it('never adds 内数 figures or unknowns into a total, and counts each program once a year', () => {
    const { rows } = catalogBudgets([
      budgetProgram(
        'own',
        ['A省'],
        [
          { amountYen: 500, text: '500千円' },
          // The same money in a second document: an alternative, not more money.
          { amountYen: 500, text: '5億円', fiscalYear: fy(2022, '2022年度予算案') },
        ],
      ),
      budgetProgram('approx', ['A省'], [{ amountYen: 70, approximate: true }]),
      budgetProgram('inner-1', ['A省'], [{ amountYen: 10_000, partOf: true }]),
      budgetProgram('inner-2', ['A省'], [{ amountYen: 10_000, partOf: true }]),
      budgetProgram('unknown', ['A省'], [{ amountYen: null, approximate: true }]),
    ]);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.exactYen).toBe(500);
    expect(row.approximateYen).toBe(70);
    expect(row.partOf.map((p) => p.programId)).toEqual(['inner-1', 'inner-2']);
    expect(row.unknown.map((p) => p.programId)).toEqual(['unknown']);
  });

  it('keeps a jointly owned program in its own row and an unnamed owner apart', () => {
    const { rows } = catalogBudgets([
      budgetProgram('a', ['A省'], [{ amountYen: 1 }]),
      budgetProgram('joint', ['A省', 'B省'], [{ amountYen: 2 }]),
      budgetProgram('nobody', [], [{ amountYen: 3 }]),
    ]);
    expect(rows.map((r) => r.ministries)).toEqual([[], ['A省', 'B省'], ['A省']]);
  });

  it('matches the embedded catalog: 厚生労働省 in 令和7年度補正予算', () => {
    const { rows, withoutFigures } = catalogBudgets(catalog.programs);
    const mhlw2025 = rows.find((r) => r.fiscalYear === 2025 && r.ministries.join() === '厚生労働省')!;
    // mcm 58 + whole genome 115 + biosimilar 158 + generic drugs 1,688 (億円, all 程度).
    expect(mhlw2025.approximateYen).toBe(5_800_000_000 + 11_500_000_000 + 15_800_000_000 + 168_800_000_000);
    expect(mhlw2025.exactYen).toBe(0);
    expect(mhlw2025.unknown.map((u) => u.programId).sort()).toEqual([
      'clinical-trial-environment',
      'innovative-drug-practical-fund',
    ]);
    expect(withoutFigures).toBe(catalog.programs.filter((p) => p.budgets.length === 0).length);
    // Newest year first.
    expect(rows.map((r) => r.fiscalYear)).toEqual([...rows.map((r) => r.fiscalYear)].sort((a, b) => b - a));
  });
});

describe('market sizes', () => {
  it('draws the ①②⑦ figure once, not once per domain', () => {
    const rows = marketSizeRows(catalog.marketDomains);
    expect(rows.map((r) => r.scope)).toEqual([[1, 2, 7], [3], [4], [5], [6], [8], [9]]);
    expect(rows[0]!.target).toMatchObject({ text: '41.4兆円', year: 2030 });
    expect(rows[0]!.current.year).toBeNull();
    expect(rows.find((r) => r.scope[0] === 5)!.target.year).toBe(2025);
  });
});

describe('a list’s pipeline', () => {
  it('counts by status in the order work moves, and by deadline month', () => {
    const pipeline = listPipeline(
      [
        { status: 'considering', deadline: '2026-12-15' },
        { status: 'planned', deadline: '2026-12-01' },
        { status: 'applied', deadline: '2026-11-20' },
        { status: 'considering', deadline: '2026-11-30' },
        { status: 'declined', deadline: null },
      ],
      '2026-12-02',
    );
    expect(pipeline.byStatus).toEqual([
      { status: 'considering', count: 2 },
      { status: 'planned', count: 1 },
      { status: 'applied', count: 1 },
      { status: 'awarded', count: 0 },
      { status: 'declined', count: 1 },
    ]);
    expect(pipeline.byMonth.map((m) => [m.month, m.count])).toEqual([
      ['2026-11', 2],
      ['2026-12', 2],
    ]);
    expect(pipeline.withoutDeadline).toBe(1);
    // 11-30 (検討中) and 12-01 (応募予定) are past and still open; 11-20 was applied for.
    expect(pipeline.overdue).toBe(2);
  });
});
