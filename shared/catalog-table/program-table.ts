import type { PackProblem } from '../catalog/catalog-pack';
import { MAX_RECORDS_PER_KIND } from '../catalog/limits';
import type { Catalog, CatalogMeta } from '../catalog/catalog';
import type { Program } from '../catalog/program';
import type { SourceRef } from '../catalog/sources';
import { validateCatalog } from '../catalog/validate';
import type { ExportTable } from '../export/table';
import {
  CellSyntaxError,
  cellLines,
  joinParts,
  parseCitationNumber,
  parseIsoDate,
  splitParts,
  unprotectFromFormula,
  type TableIssue,
} from './cell-syntax';
import { CITATIONS_COLUMN, CITATION_SYNTAX, PROGRAM_COLUMNS, type ProgramColumn } from './program-columns';
import { helpSheetRows } from './table-help';

/** Key–value rows above the header: what a catalog says about itself. */
const META_ROWS = [
  { key: 'catalogVersion', ja: 'カタログ版', en: 'catalogVersion' },
  { key: 'asOf', ja: '情報の時点', en: 'asOf' },
  { key: 'publisher', ja: '発行元', en: 'publisher' },
] as const;

/** A table is a grid of text cells, whatever file it came from. */
export type Grid = string[][];

/**
 * The programs of a catalog as a table: the catalog's version, as-of date and publisher in the
 * rows above the header, then one row per program. Every field is there, so a table read back
 * gives the same programs.
 */
export function catalogToTable(catalog: Pick<Catalog, 'meta' | 'programs'>): ExportTable {
  const rows = catalog.programs.map((program) => {
    const citations: SourceRef[] = [];
    const cite = (ref: SourceRef) => {
      let index = citations.findIndex(
        (c) => c.file === ref.file && c.section === ref.section && c.quote === ref.quote,
      );
      if (index < 0) index = citations.push(ref) - 1;
      return `[${index + 1}]`;
    };
    const cells = PROGRAM_COLUMNS.map((c) => c.write(program, { cite }));
    const citationCell = citations
      .map((ref, i) => `[${i + 1}] ${joinParts([ref.file, ref.section, ref.quote])}`)
      .join('\n');
    return [...cells, citationCell];
  });
  return {
    preamble: [...META_ROWS.map((m) => [m.ja, catalog.meta[m.key]]), []],
    header: [...PROGRAM_COLUMNS.map((c) => c.ja), CITATIONS_COLUMN.ja],
    rows,
    notesSheet: { name: '説明', rows: helpSheetRows() },
  };
}

export type ReadTable =
  /** `shiftJis`: the table was Shift_JIS text, whose round-trip characters the diff compares folded. */
  { ok: true; catalog: Catalog; shiftJis?: true } | { ok: false; problems: PackProblem[] };

/** Problems after this many are not listed: the first ones say what is wrong with the file. */
const MAX_PROBLEMS = 100;

/**
 * Reads a program table into a catalog. The other records (sources, communities, market domains,
 * frameworks) come from `base`, the catalog the app holds, since a table only carries programs.
 * Every problem names the row, the column as written in the file and, in a multi-line cell, the
 * item; the catalog then goes through the same validation as a pack.
 */
export function tableToCatalog(
  file: string,
  grid: Grid,
  base: Omit<Catalog, 'meta' | 'programs'>,
): ReadTable {
  const problems: PackProblem[] = [];
  const report = (issue: TableIssue, at: { row?: number; column?: string; item?: number; record?: string }) =>
    problems.push({
      file,
      kind: 'table',
      record: at.record ?? '(table)',
      field: at.column ?? '(table)',
      message: describeIssue(issue),
      issue,
      ...(at.row !== undefined && { row: at.row }),
      ...(at.column !== undefined && { column: at.column }),
      ...(at.item !== undefined && { item: at.item }),
    });
  const cell = (row: string[] | undefined, index: number) =>
    unprotectFromFormula((row?.[index] ?? '').trim());

  const headerIndex = grid.findIndex((row) => row.some((_, i) => /^id$/i.test(cell(row, i))));
  if (headerIndex < 0) {
    report({ code: 'no-header' }, {});
    return { ok: false, problems };
  }
  const dataRows = grid.length - headerIndex - 1;
  if (dataRows > MAX_RECORDS_PER_KIND) {
    return {
      ok: false,
      problems: [
        {
          file,
          kind: 'too-many',
          record: 'programs',
          field: '(list)',
          message: `${dataRows} rows (at most ${MAX_RECORDS_PER_KIND})`,
        },
      ],
    };
  }

  const meta = readMeta(grid.slice(0, headerIndex), cell, report);
  const header = grid[headerIndex]!.map((_, i) => cell(grid[headerIndex], i));
  const columns = mapColumns(header, headerIndex + 1, report);
  if (!meta || !columns) return { ok: false, problems };

  const programs: Program[] = [];
  const rowOfId = new Map<string, number>();
  for (let r = headerIndex + 1; r < grid.length && problems.length < MAX_PROBLEMS; r++) {
    const row = grid[r]!;
    if (row.every((c) => c.trim() === '')) continue;
    const rowNumber = r + 1;
    const id = cell(row, columns.id);
    const record = `programs/${id || `(${rowNumber})`}`;
    const citations = readCitations(cell(row, columns.citations.index), (issue, item) =>
      report(issue, { row: rowNumber, column: columns.citations.header, item, record }),
    );
    const program: Record<string, unknown> = {};
    for (const { column, index, header: written } of columns.fields) {
      try {
        program[column.key] = column.read(cell(row, index), {
          source: (citation) => {
            const ref = citations[parseCitationNumber(citation) - 1];
            if (!ref) throw new CellSyntaxError({ code: 'citation', value: citation });
            return ref;
          },
        });
      } catch (error) {
        if (!(error instanceof CellSyntaxError)) throw error;
        report(error.issue, {
          row: rowNumber,
          column: written,
          record,
          ...(error.line && { item: error.line }),
        });
      }
    }
    rowOfId.set(id, rowNumber);
    programs.push(program as Program);
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };

  const result = validateCatalog({ ...base, meta, programs });
  if (result.ok) return result;
  const headerOf = new Map(columns.fields.map((f) => [f.column.key as string, f.header]));
  return {
    ok: false,
    problems: result.problems.slice(0, MAX_PROBLEMS).map((p) => {
      const [key, index] = p.field.split('.');
      const row = p.record.startsWith('programs/')
        ? rowOfId.get(p.record.slice('programs/'.length))
        : undefined;
      const column = key === undefined ? undefined : headerOf.get(key);
      return {
        ...p,
        file,
        kind: 'invalid' as const,
        ...(row !== undefined && { row }),
        ...(column !== undefined && { column }),
        ...(index !== undefined && /^\d+$/.test(index) && { item: Number(index) + 1 }),
      };
    }),
  };
}

type Report = (issue: TableIssue, at: { row?: number; column?: string; item?: number }) => void;

function readMeta(
  rows: Grid,
  cell: (row: string[] | undefined, index: number) => string,
  report: Report,
): CatalogMeta | null {
  const values = new Map<string, { value: string; row: number }>();
  rows.forEach((row, i) => {
    const key = cell(row, 0);
    const known = META_ROWS.find((m) => m.ja === key || m.en.toLowerCase() === key.toLowerCase());
    if (known) values.set(known.key, { value: cell(row, 1), row: i + 1 });
  });
  let ok = true;
  for (const m of META_ROWS) {
    if (!values.get(m.key)?.value) {
      report({ code: 'missing-meta', key: m.ja }, {});
      ok = false;
    }
  }
  const asOf = values.get('asOf');
  let asOfDate = '';
  if (asOf?.value) {
    try {
      asOfDate = parseIsoDate(asOf.value);
    } catch (error) {
      if (!(error instanceof CellSyntaxError)) throw error;
      report(error.issue, { row: asOf.row, column: 'B' });
      ok = false;
    }
  }
  if (!ok) return null;
  return {
    schemaVersion: 1,
    catalogVersion: values.get('catalogVersion')!.value,
    asOf: asOfDate,
    publisher: values.get('publisher')!.value,
  };
}

interface ColumnMap {
  id: number;
  fields: { column: ProgramColumn; index: number; header: string }[];
  citations: { index: number; header: string };
}

/** Every column must be there once, under its Japanese or English name; an unknown one is refused, since its data would be lost. */
function mapColumns(header: string[], row: number, report: Report): ColumnMap | null {
  const known = [...PROGRAM_COLUMNS, CITATIONS_COLUMN];
  const found = new Map<(typeof known)[number], { index: number; header: string }>();
  let ok = true;
  header.forEach((text, index) => {
    if (text === '') return;
    const match = known.find((c) => c.ja === text || c.en.toLowerCase() === text.toLowerCase());
    if (!match) {
      report({ code: 'unknown-column', column: text }, { row, column: text });
      ok = false;
    } else if (found.has(match)) {
      report({ code: 'duplicate-column', column: text }, { row, column: text });
      ok = false;
    } else found.set(match, { index, header: text });
  });
  for (const c of known) {
    // A column added after tables were first written may be absent: its cells read as empty.
    if (!found.has(c) && !('optional' in c && c.optional)) {
      report({ code: 'missing-column', column: c.ja }, { row });
      ok = false;
    }
  }
  if (!ok) return null;
  return {
    id: found.get(PROGRAM_COLUMNS[0]!)!.index,
    fields: PROGRAM_COLUMNS.map((column) => ({
      column,
      ...(found.get(column) ?? { index: -1, header: column.ja }),
    })),
    citations: found.get(CITATIONS_COLUMN)!,
  };
}

function readCitations(
  cell: string,
  report: (issue: TableIssue, item: number) => void,
): (SourceRef | undefined)[] {
  const refs: (SourceRef | undefined)[] = [];
  for (const { text, line } of cellLines(cell)) {
    const match = /^([[［]\s*[0-9０-９]+\s*[\]］])\s*(.*)$/.exec(text);
    const parts = match ? splitParts(match[2]!) : [];
    if (!match || parts.length !== 3) {
      report({ code: 'parts', expected: CITATION_SYNTAX, got: parts.length }, line);
      continue;
    }
    const [file, section, quote] = parts as [string, string, string];
    refs[parseCitationNumber(match[1]!) - 1] = { file, section, quote } as SourceRef;
  }
  return refs;
}

/** An English sentence for logs and the command line; the app shows its own translation of the code. */
export function describeIssue(issue: TableIssue): string {
  switch (issue.code) {
    case 'no-header':
      return 'no header row: no row has an "ID" column';
    case 'missing-column':
      return `column "${issue.column}" is missing`;
    case 'unknown-column':
      return `unknown column "${issue.column}"`;
    case 'duplicate-column':
      return `column "${issue.column}" appears twice`;
    case 'missing-meta':
      return `"${issue.key}" is missing above the header`;
    case 'parts':
      return `expected "${issue.expected}", found ${issue.got} part(s)`;
    case 'number':
      return `"${issue.value}" is not a whole number`;
    case 'fiscal-year':
      return `"${issue.value}" is not a fiscal year written like 令和4年度 (2022)`;
    case 'date':
      return `"${issue.value}" is not a date like 2027-04-01`;
    case 'citation':
      return `"${issue.value}" does not refer to a line of the 引用 cell`;
    case 'choice':
      return `"${issue.value}" is not one of ${issue.allowed}${issue.suggestion ? ` (did you mean "${issue.suggestion}"?)` : ''}`;
    case 'amount':
      return `"${issue.value}" is not an amount like 150億円 or 836,798千円`;
    case 'budget-part':
      return `"${issue.value}" is not part of the budget syntax`;
    case 'budget-missing':
      return 'a budget line needs a fiscal year and an amount or a printed text';
    case 'formula':
      return 'a formula: type the value itself';
    case 'error-value':
      return `an error value (${issue.value})`;
  }
}
