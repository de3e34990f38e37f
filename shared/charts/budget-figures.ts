import type { FiscalYear, Program } from '../catalog/program';

/**
 * How a printed budget figure may be read, which decides how it is drawn and whether it may be
 * added to anything:
 *   exact        the program's own money, as printed
 *   approximate  程度: the program's own money, approximately
 *   partOf       内数: a larger line the program is part of; never the program's own money
 *   unknown      the document gives no usable figure; shown as unknown, never as zero
 */
export type FigureKind = 'exact' | 'approximate' | 'partOf' | 'unknown';

export interface BudgetFigure {
  fiscalYear: FiscalYear;
  amountYen: number | null;
  /** As printed, e.g. 「100億円の内数」. */
  text: string;
  kind: FigureKind;
  /** Both flags as printed: a figure can be 内数 and 程度 at once. */
  partOf: boolean;
  approximate: boolean;
  /** Given in the source as the previous year's figure beside a newer one. */
  previousYear: boolean;
  /** The catalog's note on the figure, where it has one. */
  note: string | null;
}

export function figureKind(figure: {
  amountYen: number | null;
  partOf: boolean;
  approximate: boolean;
}): FigureKind {
  if (figure.amountYen === null) return 'unknown';
  if (figure.partOf) return 'partOf';
  return figure.approximate ? 'approximate' : 'exact';
}

/**
 * Every figure a program's sources print, newest fiscal year first, including the previous year's
 * figure a budget line gives beside its own. Figures of one year are alternatives from different
 * documents or stages (予算 / 予算案), never parts to be added: the order within a year is the
 * catalog's, whose first entry is the most precise.
 */
export function programBudgetFigures(program: Pick<Program, 'budgets'>): BudgetFigure[] {
  const figures: BudgetFigure[] = program.budgets.map((entry) => ({
    fiscalYear: entry.fiscalYear,
    amountYen: entry.amountYen,
    text: entry.text,
    kind: figureKind(entry),
    partOf: entry.partOf,
    approximate: entry.approximate,
    previousYear: false,
    note: entry.note,
  }));
  const seen = new Set(figures.map((f) => `${f.fiscalYear.year}|${f.text}`));
  for (const entry of program.budgets) {
    const previous = entry.previous;
    if (!previous || seen.has(`${previous.fiscalYear.year}|${previous.text}`)) continue;
    seen.add(`${previous.fiscalYear.year}|${previous.text}`);
    figures.push({
      fiscalYear: previous.fiscalYear,
      amountYen: previous.amountYen,
      text: previous.text,
      kind: figureKind(previous),
      partOf: previous.partOf,
      approximate: previous.approximate,
      previousYear: true,
      note: null,
    });
  }
  // Stable: within a year the catalog's order (most precise first) is kept.
  return figures
    .map((figure, index) => ({ figure, index }))
    .sort((a, b) => b.figure.fiscalYear.year - a.figure.fiscalYear.year || a.index - b.index)
    .map(({ figure }) => figure);
}

/**
 * The one figure that stands for a program in a fiscal year when programs are summed: the first
 * of that year (the most precise), a previous-year figure only where nothing else is given.
 */
export function figuresByYear(program: Pick<Program, 'budgets'>): Map<number, BudgetFigure> {
  const byYear = new Map<number, BudgetFigure>();
  for (const figure of programBudgetFigures(program)) {
    const held = byYear.get(figure.fiscalYear.year);
    if (!held || (held.previousYear && !figure.previousYear)) byYear.set(figure.fiscalYear.year, figure);
  }
  return byYear;
}
