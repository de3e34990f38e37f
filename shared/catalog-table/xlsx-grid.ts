import ExcelJS from 'exceljs';
import type { TableIssue } from './cell-syntax';
import type { Grid } from './program-table';

export interface GridProblem {
  row: number;
  column: string;
  issue: TableIssue;
}

/**
 * The first sheet of a workbook as text cells. A formula or an error in a cell is refused, since
 * the value a catalog holds must be what the maintainer typed, not what Excel last computed.
 */
export async function xlsxToGrid(bytes: Uint8Array): Promise<{ grid: Grid; problems: GridProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const sheet = workbook.worksheets[0];
  const grid: Grid = [];
  const problems: GridProblem[] = [];
  if (!sheet) return { grid, problems };
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const text = cellText(cell.value);
      if (typeof text === 'string') cells.push(text);
      else {
        cells.push('');
        problems.push({ row: r, column: cell.address.replace(/\d+$/, ''), issue: text });
      }
    }
    grid.push(cells);
  }
  return { grid, problems };
}

function cellText(value: ExcelJS.CellValue): string | TableIssue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) return { code: 'formula' };
  if ('error' in value) return { code: 'error-value', value: String(value.error) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  return '';
}
