import type { FiscalYear, Program } from '../catalog/program';
import { figuresByYear, type BudgetFigure } from './budget-figures';

/** A program's figure as it enters a ministry's year, with the program it belongs to. */
export interface ProgramFigure {
  programId: string;
  programName: string;
  figure: BudgetFigure;
}

/**
 * One ministry (or several, for a jointly owned program: their budget cannot be split) in one
 * fiscal year. Only `exactYen` and `approximateYen` are sums: each program's own money counted
 * once. 内数 figures are larger lines the programs are part of, and two programs may sit in the
 * same line, so they are listed, never added. Unknown figures are listed, never counted as zero.
 */
export interface MinistryYear {
  /** Ministries as the catalog names them, joined; [] where no document names the owner. */
  ministries: string[];
  fiscalYear: number;
  /** The labels the documents use for this year (令和4年度, 令和4年度予算案 ...). */
  labels: string[];
  exactYen: number;
  approximateYen: number;
  exact: ProgramFigure[];
  approximate: ProgramFigure[];
  partOf: ProgramFigure[];
  unknown: ProgramFigure[];
}

export interface CatalogBudgets {
  /** Newest fiscal year first; within a year, the largest own money first. */
  rows: MinistryYear[];
  /** Programs with no budget figure at all. */
  withoutFigures: number;
}

const ministryKey = (ministries: string[]) => ministries.join('・');

/** The catalog's budgets by ministry and fiscal year, honest about what may be added. */
export function catalogBudgets(
  programs: Pick<Program, 'id' | 'name' | 'ministries' | 'budgets'>[],
): CatalogBudgets {
  const rows = new Map<string, MinistryYear>();
  let withoutFigures = 0;
  for (const program of programs) {
    const byYear = figuresByYear(program);
    if (byYear.size === 0) withoutFigures++;
    for (const [year, figure] of byYear) {
      const key = `${year}|${ministryKey(program.ministries)}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          ministries: program.ministries,
          fiscalYear: year,
          labels: [],
          exactYen: 0,
          approximateYen: 0,
          exact: [],
          approximate: [],
          partOf: [],
          unknown: [],
        };
        rows.set(key, row);
      }
      addLabel(row.labels, figure.fiscalYear);
      const entry = { programId: program.id, programName: program.name, figure };
      row[figure.kind].push(entry);
      if (figure.kind === 'exact') row.exactYen += figure.amountYen!;
      if (figure.kind === 'approximate') row.approximateYen += figure.amountYen!;
    }
  }
  const ordered = [...rows.values()].sort(
    (a, b) =>
      b.fiscalYear - a.fiscalYear ||
      b.exactYen + b.approximateYen - (a.exactYen + a.approximateYen) ||
      ministryKey(a.ministries).localeCompare(ministryKey(b.ministries), 'ja'),
  );
  return { rows: ordered, withoutFigures };
}

function addLabel(labels: string[], fiscalYear: FiscalYear) {
  if (!labels.includes(fiscalYear.label)) labels.push(fiscalYear.label);
}
