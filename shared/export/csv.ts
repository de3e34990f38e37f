import Papa from 'papaparse';
import { FORMULA_START } from '../security/spreadsheet-formula';
import type { ExportTable } from './table';

const BOM = '\uFEFF';

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
