import type { FiscalYear } from '../catalog/program';
import { FORMULA_START } from '../security/spreadsheet-formula';
import { didYouMean } from './did-you-mean';

/**
 * The syntax of multi-valued cells in a program table (explained to users by table-help.ts):
 * one item per line inside the cell, the parts of an item separated by "|", a literal "|" or "\"
 * written "\|" or "\\". Every item that needs a source ends with "[n]", the n-th line of the
 * row's 引用 (citations) cell.
 */

export class CellSyntaxError extends Error {
  constructor(
    readonly issue: TableIssue,
    /** 1-based line inside the cell, when the cell holds several items. */
    readonly line?: number,
  ) {
    super(issue.code);
  }
}

/** What is wrong with a cell or the table, as a code the app turns into a sentence in its language. */
export type TableIssue =
  | { code: 'no-header' }
  | { code: 'missing-column'; column: string }
  | { code: 'unknown-column'; column: string }
  | { code: 'duplicate-column'; column: string }
  | { code: 'missing-meta'; key: string }
  | { code: 'parts'; expected: string; got: number }
  | { code: 'number'; value: string }
  | { code: 'fiscal-year'; value: string }
  | { code: 'date'; value: string }
  | { code: 'citation'; value: string }
  | { code: 'choice'; value: string; allowed: string; suggestion?: string }
  | { code: 'amount'; value: string }
  | { code: 'budget-part'; value: string }
  | { code: 'budget-missing' }
  | { code: 'formula' }
  | { code: 'error-value'; value: string };

/** Cells that start like a formula are written with a leading apostrophe so Excel keeps them text. */
export function protectFromFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unprotectFromFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function escapePart(text: string): string {
  return text.replace(/[\\|]/g, (ch) => `\\${ch}`);
}

/** Items of a cell: one per non-empty line. */
export function cellLines(cell: string): { text: string; line: number }[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
}

/** The "|"-separated parts of one item, unescaped and trimmed. */
export function splitParts(item: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < item.length; i++) {
    const ch = item[i]!;
    if (ch === '\\' && (item[i + 1] === '|' || item[i + 1] === '\\')) {
      current += item[++i];
    } else if (ch === '|') {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

export function joinParts(parts: (string | null)[]): string {
  return parts.map((p) => escapePart(p ?? '')).join(' | ');
}

/** Exactly `count` parts, or the syntax to show the user. */
export function expectParts(item: string, count: number, syntax: string): string[] {
  const parts = splitParts(item);
  if (parts.length !== count)
    throw new CellSyntaxError({ code: 'parts', expected: syntax, got: parts.length });
  return parts;
}

export const nullIfEmpty = (text: string): string | null => (text === '' ? null : text);

/** "令和4年度予算案 (2022)": the year as written, then the Western year; full-width brackets too. */
export function parseFiscalYear(text: string): FiscalYear {
  const match = /^(.+?)\s*[(（]\s*([0-9０-９]{4})\s*[)）]$/.exec(text);
  if (!match) throw new CellSyntaxError({ code: 'fiscal-year', value: text });
  return { label: match[1]!.trim(), year: Number(match[2]!.normalize('NFKC')) };
}

export function formatFiscalYear(fy: FiscalYear): string {
  return `${fy.label} (${fy.year})`;
}

/** A whole number of yen, written with or without thousands separators; empty means unknown. */
export function parseYen(text: string): number | null {
  if (text === '') return null;
  const digits = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(Number(digits)))
    throw new CellSyntaxError({ code: 'number', value: text });
  return Number(digits);
}

export function parseChoice<T extends string>(text: string, allowed: Record<string, T>): T {
  const value = allowed[text.normalize('NFKC').trim()];
  if (value === undefined) {
    const suggestion = didYouMean(text, Object.keys(allowed));
    throw new CellSyntaxError({
      code: 'choice',
      value: text,
      allowed: Object.keys(allowed).join(', '),
      ...(suggestion !== null && { suggestion }),
    });
  }
  return value;
}

/** "[2]" → 2 */
export function parseCitationNumber(text: string): number {
  const match = /^[[［]\s*([0-9０-９]+)\s*[\]］]$/.exec(text);
  if (!match) throw new CellSyntaxError({ code: 'citation', value: text });
  return Number(match[1]!.normalize('NFKC'));
}

/** "2027-04-01", or "2027/4/1" as Japanese Excel rewrites a date when it saves a CSV. */
export function parseIsoDate(text: string): string {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text.normalize('NFKC').trim());
  if (!match) throw new CellSyntaxError({ code: 'date', value: text });
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}
