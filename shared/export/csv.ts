import Papa from 'papaparse';
import type { ExportTable } from './table';

const BOM = '\uFEFF';
/**
 * A cell a spreadsheet would run as a formula. Papa Parse's own default pattern ends in `.*$`
 * without the s flag, so "=cmd\nx" slipped through it; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV that Japanese Excel opens correctly: UTF-8 with a BOM, CRLF, RFC 4180 quoting (Papa Parse),
 * and any cell starting like a formula prefixed with an apostrophe, so it stays text.
 */
export function toCsv({ preamble = [], header, rows }: ExportTable): string {
  return (
    BOM +
    Papa.unparse([...preamble, header, ...rows], {
      newline: '\r\n',
      quotes: false,
      escapeFormulae: FORMULA_START,
    }) +
    '\r\n'
  );
}
