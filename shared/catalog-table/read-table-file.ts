import Papa from 'papaparse';
import type { PackProblem } from '../catalog/catalog-pack';
import type { Catalog } from '../catalog/catalog';
import { decodeTableText } from './decode-table-text';
import { describeIssue, tableToCatalog, type Grid, type ReadTable } from './program-table';
import { errorMessage } from '../error-message';
import { readZipDirectory } from './zip-directory';

/**
 * A program table is kept by hand in Excel: tens of thousands of rows at most. National catalogs
 * travel as packs, which have their own, larger limit.
 */
export const MAX_TABLE_BYTES = 32 * 1024 * 1024;
/**
 * What an .xlsx table's parts may inflate to: spreadsheet XML is verbose, so four times the table
 * limit. Checked in the ZIP's directory before anything is inflated.
 */
export const MAX_TABLE_INFLATED_BYTES = 4 * MAX_TABLE_BYTES;

export const isTableFile = (name: string) => /\.(csv|xlsx|txt)$/i.test(name);

/**
 * Reads a CSV or .xlsx program table, cheapest checks first: size before anything is parsed,
 * emptiness, encoding, the CSV grammar or the workbook, then the table itself. The Excel reader is
 * loaded only when an .xlsx file arrives.
 */
export async function readTableFile(
  file: string,
  bytes: Uint8Array,
  base: Omit<Catalog, 'meta' | 'programs'>,
): Promise<ReadTable> {
  const fail = (kind: PackProblem['kind'], message: string, row?: number): ReadTable => ({
    ok: false,
    problems: [{ file, kind, record: '(file)', field: '(file)', message, ...(row !== undefined && { row }) }],
  });
  if (bytes.byteLength > MAX_TABLE_BYTES)
    return {
      ok: false,
      problems: [
        {
          file,
          kind: 'too-large',
          record: '(file)',
          field: '(file)',
          message: `${bytes.byteLength} bytes (at most ${MAX_TABLE_BYTES})`,
          params: { size: bytes.byteLength, limit: MAX_TABLE_BYTES },
        },
      ],
    };
  if (bytes.byteLength === 0) return fail('empty', 'the file is empty');

  let grid: Grid;
  let shiftJis = false;
  if (isZip(bytes)) {
    const directory = readZipDirectory(bytes);
    if (directory === 'unreadable') return fail('format', 'not an Excel workbook (unreadable ZIP directory)');
    if (directory.inflatedBytes > MAX_TABLE_INFLATED_BYTES || directory.entries > 10_000)
      return {
        ok: false,
        problems: [
          {
            file,
            kind: 'zip-bomb',
            record: '(file)',
            field: '(file)',
            message: `its parts would inflate to ${directory.inflatedBytes} bytes (at most ${MAX_TABLE_INFLATED_BYTES})`,
            params: { limit: MAX_TABLE_INFLATED_BYTES },
          },
        ],
      };
    const { xlsxToGrid } = await import('./xlsx-grid');
    let read: Awaited<ReturnType<typeof xlsxToGrid>>;
    try {
      read = await xlsxToGrid(bytes);
    } catch (error) {
      return fail('format', `not an Excel workbook (${errorMessage(error)})`);
    }
    if (read.problems.length) {
      return {
        ok: false,
        problems: read.problems.slice(0, 100).map(({ row, column, issue }) => ({
          file,
          kind: 'table',
          record: '(table)',
          field: column,
          message: describeIssue(issue),
          issue,
          row,
          column,
        })),
      };
    }
    grid = read.grid;
  } else {
    const decoded = decodeTableText(bytes);
    if (!decoded) return fail('encoding', 'not text in UTF-8, UTF-16 or Shift_JIS');
    if (!decoded.text.trim()) return fail('empty', 'the file holds only whitespace');
    const parsed = Papa.parse<string[]>(decoded.text, {
      delimiter: decoded.encoding === 'utf-16le' ? '\t' : ',',
      skipEmptyLines: false,
    });
    const broken = parsed.errors.find((e) => e.type === 'Quotes');
    if (broken) return fail('csv', broken.message, (broken.row ?? 0) + 1);
    grid = parsed.data;
    shiftJis = decoded.encoding === 'shift_jis';
  }
  const read = tableToCatalog(file, grid, base);
  return read.ok && shiftJis ? { ...read, shiftJis } : read;
}

/** .xlsx files are ZIP archives: "PK\x03\x04". */
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
