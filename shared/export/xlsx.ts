import ExcelJS from 'exceljs';
import type { ColumnType, ExportTable } from './table';

/** Excel's number formats, per UI language: 13,750,508,000円 / ¥13,750,508,000 and 2027/04/20 / 20 Apr 2027. */
const NUMBER_FORMATS: Record<'ja' | 'en', Record<Exclude<ColumnType, 'text'>, string>> = {
  ja: { yen: '#,##0"円"', date: 'yyyy/mm/dd' },
  en: { yen: '"¥"#,##0', date: 'd mmm yyyy' },
};
const DIGITS = /^\d{1,15}$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A cell as Excel should hold it: a number or a date where the column says so and the text is one. */
function typedCell(text: string, type: ColumnType | undefined): string | number | Date {
  if (type === 'yen' && DIGITS.test(text)) return Number(text);
  const day = type === 'date' ? ISO_DAY.exec(text) : null;
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  return text.replace(/\r\n?/g, '\n');
}

/** Column width in Excel's units (about one Latin character); CJK characters count double. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)
        ? 2
        : 1;
  return width;
}

/**
 * An .xlsx workbook with one sheet: a bold, frozen header row with a filter, columns as wide as
 * their content (within limits) and text wrapped. Amounts and dates are written as numbers and
 * dates with a number format (see ExportTable.columnTypes), so Excel can sum and filter them;
 * every other cell is a string value, so nothing in a cell is ever evaluated as a formula.
 */
export async function toXlsx(
  table: ExportTable,
  sheetName: string,
  now = new Date(),
  locale: 'ja' | 'en' = 'ja',
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '支援メニューナビ';
  workbook.created = now;
  const preamble = table.preamble ?? [];
  const headerRow = preamble.length + 1;
  const sheet = workbook.addWorksheet(sanitiseSheetName(sheetName), {
    views: [{ state: 'frozen', ySplit: headerRow }],
  });
  sheet.columns = table.header.map((title, c) => {
    const longest = Math.max(
      displayWidth(title),
      ...table.rows.slice(0, 500).map((r) => displayWidth(r[c] ?? '')),
    );
    return { key: String(c), width: Math.min(60, Math.max(10, longest + 2)) };
  });
  // XML turns a lone CR into LF on reading anyway; writing LF says what the reader will get.
  for (const row of [...preamble, table.header])
    sheet.addRow(row.map((cell) => cell.replace(/\r\n?/g, '\n')));
  for (const row of table.rows) sheet.addRow(row.map((cell, c) => typedCell(cell, table.columnTypes?.[c])));
  table.columnTypes?.forEach((type, c) => {
    if (type !== 'text') sheet.getColumn(c + 1).numFmt = NUMBER_FORMATS[locale][type];
  });
  sheet.getRow(headerRow).font = { bold: true };
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: table.header.length },
  };
  sheet.eachRow((row, n) => {
    if (n > headerRow) row.alignment = { vertical: 'top', wrapText: true };
  });
  if (table.notesSheet) {
    const notes = workbook.addWorksheet(sanitiseSheetName(table.notesSheet.name));
    notes.columns = [{ width: 100 }, { width: 20 }, { width: 100 }];
    for (const row of table.notesSheet.rows)
      notes.addRow(row).alignment = { vertical: 'top', wrapText: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sanitiseSheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet1'
  );
}
