import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import type { Catalog } from '../../shared/catalog/catalog';
import { proposeLocalVersion } from '../../shared/catalog/local-version';
import type { PackProblem } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';
import { parseAmount, writePositionalBudget } from '../../shared/catalog-table/budget-cell';
import { catalogToTable, tableToCatalog, type Grid } from '../../shared/catalog-table/program-table';
import { checkVocabulary, glossaryVocabulary } from '../../shared/catalog-table/vocabulary-check';
import { toXlsx } from '../../shared/export/xlsx';
import type { SourceRef } from '../../shared/catalog/sources';

const embedded = (): Catalog => {
  const result = validateCatalog(structuredClone(embeddedCatalogData));
  if (!result.ok) throw new Error('invalid embedded catalog');
  return result.catalog;
};
const gridOf = (catalog: Catalog): Grid => {
  const table = catalogToTable(catalog);
  return [...table.preamble!, table.header, ...table.rows];
};
const HEADER_ROW = 4;
const col = (grid: Grid, name: string) => grid[HEADER_ROW]!.indexOf(name);
const issues = (read: { ok: boolean; problems?: PackProblem[] }) =>
  read.ok ? [] : read.problems!.map((p) => ({ row: p.row, column: p.column, item: p.item, issue: p.issue }));

describe('budget lines a person can type', () => {
  it('reads amounts with their unit exactly, never through floating point', () => {
    expect(parseAmount('150億円')).toBe(15_000_000_000);
    expect(parseAmount('836,798千円')).toBe(836_798_000);
    expect(parseAmount('14.5億円')).toBe(1_450_000_000);
    expect(parseAmount('５０００万円')).toBe(50_000_000);
    expect(parseAmount('1,688億円')).toBe(168_800_000_000);
    expect(parseAmount('1.23456789億円')).toBe(123_456_789);
    expect(() => parseAmount('1.234567891億円')).toThrow();
    expect(() => parseAmount('百億円')).toThrow();
  });

  it('reads a minimal line, labelled parts in any order, and the old ten-part form', () => {
    const catalog = embedded();
    const grid = gridOf(catalog);
    const row = grid.findIndex((r) => r[col(grid, 'ID')] === 'coi-next');
    grid[row]![col(grid, '予算')] = [
      '令和9年度予算 (2027) | 150億円 | [1]',
      '[1] | 注記: 新規 | 表記: 100億円の内数 | 内数 | 令和8年度予算 (2026) | 100億円 | 前年度: 令和7年度 (2025) | 前年度の表記: (-)',
      '令和7年度 (2025) | 1億円 | 1,000,000,000 | 程度 |  |  |  |  |  | [1]'.replace(
        '1,000,000,000',
        '100000000',
      ),
    ].join('\n');
    const read = tableToCatalog('t.xlsx', grid, catalog);
    expect(read.ok).toBe(true);
    const budgets = read.ok ? read.catalog.programs.find((p) => p.id === 'coi-next')!.budgets : [];
    const source = catalog.programs.find((p) => p.id === 'coi-next')!.sources[0] as SourceRef;
    expect(budgets.map(({ source: _s, ...b }) => b)).toEqual([
      {
        fiscalYear: { label: '令和9年度予算', year: 2027 },
        amountYen: 15_000_000_000,
        text: '150億円',
        partOf: false,
        approximate: false,
        previous: null,
        note: null,
      },
      {
        fiscalYear: { label: '令和8年度予算', year: 2026 },
        amountYen: 10_000_000_000,
        text: '100億円の内数',
        partOf: true,
        approximate: false,
        previous: {
          fiscalYear: { label: '令和7年度', year: 2025 },
          amountYen: null,
          text: '(-)',
          partOf: false,
          approximate: false,
        },
        note: '新規',
      },
      {
        fiscalYear: { label: '令和7年度', year: 2025 },
        amountYen: 100_000_000,
        text: '1億円',
        partOf: false,
        approximate: true,
        previous: null,
        note: null,
      },
    ]);
    expect(budgets[0]!.source).toEqual(expect.objectContaining({ file: expect.any(String) }));
    void source;
  });

  it('still reads every budget of data/ written the old way', () => {
    const catalog = embedded();
    const grid = gridOf(catalog);
    const c = col(grid, '予算');
    catalog.programs.forEach((program, i) => {
      const row = grid[HEADER_ROW + 1 + i]!;
      const citations = row[col(grid, '引用')]!.split('\n');
      const cite = (ref: SourceRef) =>
        `[${citations.findIndex((line) => line.includes(ref.quote.replace(/[\\|]/g, (ch) => `\\${ch}`))) + 1}]`;
      row[c] = program.budgets.map((b) => writePositionalBudget(b, { cite })).join('\n');
    });
    expect(tableToCatalog('old.csv', grid, catalog)).toEqual({ ok: true, catalog });
  });

  it('says what is wrong with a budget line, in its own terms', () => {
    const catalog = embedded();
    const grid = gridOf(catalog);
    const c = col(grid, '予算');
    grid[HEADER_ROW + 1]![c] = '令和9年度予算 (2027) | 150おく円 | [1]';
    grid[HEADER_ROW + 2]![c] = '令和9年度予算 (2027) | [1]';
    grid[HEADER_ROW + 3]![c] = '令和9年度予算 (2027) | 150億円 | 未定 | [1]';
    expect(
      issues(tableToCatalog('bad.csv', grid, catalog)).map((i) => [i.row, i.column, i.item, i.issue?.code]),
    ).toEqual([
      [HEADER_ROW + 2, '予算', 1, 'amount'],
      [HEADER_ROW + 3, '予算', 1, 'budget-missing'],
      [HEADER_ROW + 4, '予算', 1, 'budget-part'],
    ]);
  });
});

describe('names checked against the catalog’s vocabulary', () => {
  it('suggests the applicant type a misspelt one was meant to be', () => {
    const catalog = embedded();
    const grid = gridOf(catalog);
    const row = grid.findIndex((r) => r[col(grid, '応募対象')]?.startsWith('university'));
    grid[row]![col(grid, '応募対象')] = grid[row]![col(grid, '応募対象')]!.replace(
      /^university/,
      'univercity',
    );
    expect(issues(tableToCatalog('t.csv', grid, catalog))[0]!.issue).toMatchObject({
      code: 'choice',
      value: 'univercity',
      suggestion: 'university',
    });
  });

  it('reports a misspelt ministry with the one it was meant to be, and a new name without a guess', () => {
    const catalog = embedded();
    const vocabulary = glossaryVocabulary();
    const programs = catalog.programs.slice(0, 3).map((p, i) => ({
      ...p,
      ministries: [['文部科学省X', '文部科学', '宇宙庁'][i]!],
      agency: i === 0 ? 'ＡＭＥＤ' : p.agency,
    }));
    expect(checkVocabulary(programs, vocabulary).map((w) => [w.column, w.value, w.suggestion])).toEqual([
      ['府省', '文部科学省X', '文部科学省'],
      ['実施機関', 'ＡＭＥＤ', 'AMED'],
      ['府省', '文部科学', '文部科学省'],
      ['府省', '宇宙庁', null],
    ]);
    expect(checkVocabulary(catalog.programs, vocabulary)).toEqual([]);
  });
});

describe('local edit versions', () => {
  it('proposes the table’s own version if newer, else today’s first, else the next number on the installed day', () => {
    const today = new Date(2026, 11, 2);
    expect(proposeLocalVersion('2026.11.22-3', '2027.04.01-1', today)).toBe('2027.04.01-1');
    expect(proposeLocalVersion('2026.11.22-3', '2026.11.22-3', today)).toBe('2026.12.02-1');
    expect(proposeLocalVersion('2026.12.02-1', '2026.11.22-3', today)).toBe('2026.12.02-2');
    expect(proposeLocalVersion('2027.01.01-9', '2026.11.22-3', today)).toBe('2027.01.01-10');
  });
});

describe('the exported workbook explains itself', () => {
  it('has a 説明 sheet with the table’s syntax, in Japanese and English', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(catalogToTable(embedded()), 'プログラム')).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['プログラム', '説明']);
    const text = workbook.worksheets[1]!.getSheetValues().flat().join('\n');
    expect(text).toContain('令和9年度予算 (2027) | 150億円 | [4]');
    expect(text).toContain('予算の書き方');
    expect(text).toContain('Budgets');
    expect(text).toContain('カタログ更新 → プログラム表の書き方');
  });
});
