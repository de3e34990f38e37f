import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { protectFromFormula, unprotectFromFormula } from '../../shared/catalog-table/cell-syntax';
import { toCsv } from '../../shared/export/csv';
import { FORMULA_START } from '../../shared/security/spreadsheet-formula';
import { toXlsx } from '../../shared/export/xlsx';

const table = {
  header: ['制度名', '担当', 'メモ'],
  rows: [
    ['共創の場形成支援プログラム（COI-NEXT）', '文部科学省', '学内締切は "4/20"、要相談'],
    ['=HYPERLINK("http://evil.example","click")', '+81 3 0000', '-1+2'],
    ['@SUM(A1)', '\tタブ始まり', '\r改行始まり'],
    ['複数行\nのメモ', 'カンマ, 入り', '=1\n=2'],
    // Full-width forms, which Japanese Excel reads as formulas too, and formulas after leading spaces.
    ['＝HYPERLINK("http://evil.example")', '＋81', '－1'],
    ['＠SUM(A1)', '  =1+1', '\u3000\u3000＝1+1'],
    [' \u3000-2', '   @A1', ' \t x'],
  ],
};

describe('CSV export', () => {
  const csv = toCsv(table);

  it('starts with a UTF-8 BOM and uses CRLF, so Japanese Excel opens it as UTF-8', () => {
    expect(csv.startsWith('\uFEFF制度名,担当,メモ\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes per RFC 4180: quotes doubled, commas and newlines inside quoted cells', () => {
    expect(csv).toContain('"学内締切は ""4/20""、要相談"');
    expect(csv).toContain('"複数行\nのメモ"');
    expect(csv).toContain('"カンマ, 入り"');
  });

  it('neutralises every cell that starts like a formula, multi-line ones included', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(table.header);
    const cells = parsed.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[ \u3000]*[=+\-@\t\r＝＋－＠]/);
    expect(parsed[2]).toEqual([`'=HYPERLINK("http://evil.example","click")`, "'+81 3 0000", "'-1+2"]);
    expect(parsed[3]).toEqual(["'@SUM(A1)", "'\tタブ始まり", "'\r改行始まり"]);
    expect(parsed[4]![2]).toBe("'=1\n=2");
    expect(parsed.slice(5, 8)).toEqual(table.rows.slice(4, 7).map((row) => row.map((cell) => `'${cell}`)));
    // Ordinary text is untouched, including a minus or equals sign that is not at the start.
    expect(parsed[1]).toEqual(table.rows[0]);
    expect(toCsv({ header: ['a', 'b', 'c'], rows: [['1-2', 'A＝B', '\u3000全角スペース始まり']] })).toBe(
      '\uFEFFa,b,c\r\n1-2,A＝B,\u3000全角スペース始まり\r\n',
    );
  });

  it('reads back what it protected, so a program table survives the round trip', () => {
    for (const cell of table.rows.flat()) {
      expect(unprotectFromFormula(protectFromFormula(cell))).toBe(cell);
      expect(protectFromFormula(cell).startsWith("'")).toBe(FORMULA_START.test(cell));
    }
  });
});

describe('XLSX export', () => {
  it('reads back with the same library: header, every cell as text, widths, frozen header', async () => {
    const bytes = await toXlsx(table, 'B市 ワークショップ/候補[1]');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('B市 ワークショップ 候補 1');
    const values = sheet.getSheetValues().slice(1) as unknown[][];
    const lineFeeds = table.rows.map((row) => row.map((cell) => cell.replace(/\r/g, '\n')));
    expect(values.map((row) => row.slice(1))).toEqual([table.header, ...lineFeeds]);
    // A formula-looking string is a string cell, not a formula.
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A3').formula).toBeUndefined();
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Japanese counts double: the name column is wider than the short one.
    expect(sheet.getColumn(1).width!).toBeGreaterThan(sheet.getColumn(2).width!);
    expect(sheet.getColumn(1).width!).toBeLessThanOrEqual(60);
  });

  it('writes amounts as numbers in yen and deadlines as dates, so Excel can sum and filter them', async () => {
    const typed = {
      header: ['制度名', '予算額（最新年度・円）', '内部締切'],
      rows: [
        ['共創の場形成支援プログラム', '13750508000', '2027-04-20'],
        ['A-STEP', '要確認', ''],
        ['=SUM(B2:B3)', '+1', 'not a date'],
      ],
      columnTypes: ['text', 'yen', 'date'] as const,
    };
    for (const locale of ['ja', 'en'] as const) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await toXlsx({ ...typed, columnTypes: [...typed.columnTypes] }, 'x', new Date(), locale)).buffer,
      );
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getCell('B2').value).toBe(13_750_508_000);
      expect(sheet.getCell('B2').numFmt).toBe(locale === 'ja' ? '#,##0"円"' : '"¥"#,##0');
      expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2027, 3, 20)));
      expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Date);
      // 要確認 stays words in an amount column: never a zero that a SUM would quietly count.
      expect(sheet.getCell('B3').value).toBe('要確認');
      expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell('B4').value).toBe('+1');
      expect(sheet.getCell('C4').value).toBe('not a date');
      expect(sheet.getCell('B1').value).toBe('予算額（最新年度・円）');
    }
  });
});
