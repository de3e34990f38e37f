import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import type { Catalog } from '../../shared/catalog/catalog';
import { diffPrograms } from '../../shared/catalog/catalog-diff';
import type { PackProblem } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';
import { catalogToTable, tableToCatalog, type Grid } from '../../shared/catalog-table/program-table';
import {
  MAX_TABLE_BYTES,
  MAX_TABLE_INFLATED_BYTES,
  readTableFile,
} from '../../shared/catalog-table/read-table-file';
import { readZipDirectory } from '../../shared/catalog-table/zip-directory';
import { PROGRAM_COLUMNS } from '../../shared/catalog-table/program-columns';
import { toCsv } from '../../shared/export/csv';
import { toXlsx } from '../../shared/export/xlsx';

const embedded = (): Catalog => {
  const result = validateCatalog(structuredClone(embeddedCatalogData));
  if (!result.ok) throw new Error('invalid embedded catalog');
  return result.catalog;
};
const gridOf = (catalog: Catalog): Grid => {
  const table = catalogToTable(catalog);
  return [...table.preamble!, table.header, ...table.rows];
};
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Where the first data row is: the preamble (3 rows and a blank), the header, then programs. */
const FIRST_ROW = 6;
const columnIndex = (ja: string) => [...PROGRAM_COLUMNS.map((c) => c.ja), '引用'].indexOf(ja);
const problemsOf = (read: { ok: boolean; problems?: PackProblem[] }) =>
  read.ok
    ? []
    : read.problems!.map((p) => ({
        kind: p.kind,
        row: p.row,
        column: p.column,
        item: p.item,
        issue: p.issue?.code,
      }));

describe('program table', () => {
  it('holds every field: the embedded catalog read back from a grid, a CSV and an .xlsx is identical', async () => {
    const catalog = embedded();
    const table = catalogToTable(catalog);
    expect(tableToCatalog('t', gridOf(catalog), catalog)).toEqual({ ok: true, catalog });
    expect(await readTableFile('t.csv', utf8(toCsv(table)), catalog)).toEqual({ ok: true, catalog });
    expect(await readTableFile('t.xlsx', await toXlsx(table, 'プログラム'), catalog)).toEqual({
      ok: true,
      catalog,
    });
  });

  it('reads what Japanese Excel writes: CP932, UTF-8 without a BOM, Unicode text, and dates it rewrote', async () => {
    const catalog = embedded();
    const csv = toCsv(catalogToTable(catalog)).slice(1);
    // Windows holds 〜 as U+FF5E; CP932 stores it as 0x8160, which decoders read back as either form.
    const cp932 = iconv.encode(csv.replaceAll('〜', '～').replace('2026-11-22', '2026/11/22'), 'cp932');
    const sjis = await readTableFile('sjis.csv', cp932, catalog);
    const waveDashesAlike = (value: unknown) => JSON.stringify(value).replaceAll('～', '〜');
    expect(waveDashesAlike(sjis)).toEqual(waveDashesAlike({ ok: true, catalog, shiftJis: true }));
    expect(await readTableFile('plain.csv', utf8(csv), catalog)).toEqual({ ok: true, catalog });
    // Excel's "Unicode text": tab-separated UTF-16 LE with a BOM.
    const tsv = Papa.unparse(gridOf(catalog), { delimiter: '\t', newline: '\r\n' });
    const unicodeText = Uint8Array.from(iconv.encode(`\uFEFF${tsv}`, 'utf16le'));
    expect(await readTableFile('unicode.txt', unicodeText, catalog)).toEqual({ ok: true, catalog });
  });

  it('reads a table written before regions, team make-up and period end were columns', () => {
    const catalog = embedded();
    const added = ['事業終了年度', '地域', '連携体制'].map(columnIndex);
    const grid = gridOf(catalog).map((row, r) =>
      r < FIRST_ROW - 2 ? row : row.filter((_, i) => !added.includes(i)),
    );
    const read = tableToCatalog('old.csv', grid, catalog);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const hub = read.catalog.programs.find((p) => p.id === 'regional-core-university-fusion-hub')!;
    expect(hub).toMatchObject({ regions: [], consortium: null, periodEnd: null });
    // Everything else is read as before.
    expect({ ...hub, consortium: catalog.programs.find((p) => p.id === hub.id)!.consortium }).toEqual(
      catalog.programs.find((p) => p.id === hub.id),
    );
  });

  it('accepts English headers and any column order', () => {
    const catalog = embedded();
    const grid = gridOf(catalog);
    const english = [...PROGRAM_COLUMNS.map((c) => c.en), 'citations'];
    const order = english.map((_, i) => i).reverse();
    const reordered = grid.map((row, r) =>
      r === FIRST_ROW - 2
        ? order.map((i) => english[i]!)
        : r < FIRST_ROW - 2
          ? row
          : order.map((i) => row[i]!),
    );
    expect(tableToCatalog('en.csv', reordered, catalog)).toEqual({ ok: true, catalog });
  });

  it('keeps half-width kana, HTML and formula-looking text exactly as typed', async () => {
    const catalog = embedded();
    const grid = gridOf(catalog);
    grid[FIRST_ROW - 1]![columnIndex('名称')] = 'ﾊﾞｲｵﾏｽ <script>alert(1)</script>';
    grid[FIRST_ROW - 1]![columnIndex('概要')] = '=HYPERLINK("https://example.com")';
    grid[FIRST_ROW]![columnIndex('概要')] = "'=1+1";
    const read = tableToCatalog('odd.csv', grid, catalog);
    expect(read.ok && read.catalog.programs.slice(0, 2).map((p) => [p.name, p.summary])).toEqual([
      ['ﾊﾞｲｵﾏｽ <script>alert(1)</script>', '=HYPERLINK("https://example.com")'],
      [catalog.programs[1]!.name, '=1+1'],
    ]);
  });

  it('names row, column and item for every mistake in a cell, and reads nothing of the file', () => {
    const catalog = embedded();
    const grid = gridOf(catalog);
    const budgets = grid[FIRST_ROW]![columnIndex('予算')]!.split('\n');
    grid[FIRST_ROW]![columnIndex('予算')] = [budgets[0], budgets[0]!.replace(/\(20\d\d\)/, '(twenty)')].join(
      '\n',
    );
    grid[FIRST_ROW + 1]![columnIndex('応募対象')] = 'university | 大学 | [1]';
    grid[FIRST_ROW + 2]![columnIndex('状況')] = '募集中 | 令和4年度 (2022)';
    grid[FIRST_ROW + 3]![columnIndex('出典')] = '[99]';
    grid[FIRST_ROW + 4]![columnIndex('市場領域')] = '1, 二';
    expect(problemsOf(tableToCatalog('bad.csv', grid, catalog))).toEqual([
      { kind: 'table', row: FIRST_ROW + 1, column: '予算', item: 2, issue: 'fiscal-year' },
      { kind: 'table', row: FIRST_ROW + 2, column: '応募対象', item: 1, issue: 'parts' },
      { kind: 'table', row: FIRST_ROW + 3, column: '状況', item: undefined, issue: 'choice' },
      { kind: 'table', row: FIRST_ROW + 4, column: '出典', item: undefined, issue: 'citation' },
      { kind: 'table', row: FIRST_ROW + 5, column: '市場領域', item: undefined, issue: 'number' },
    ]);
  });

  it('names row and column for schema problems, duplicate ids and unknown references', () => {
    const catalog = embedded();
    const grid = gridOf(catalog);
    grid[FIRST_ROW]![columnIndex('ID')] = grid[FIRST_ROW - 1]![columnIndex('ID')]!;
    grid[FIRST_ROW + 1]![columnIndex('関連')] = 'no-such-program';
    expect(problemsOf(tableToCatalog('bad.csv', grid, catalog))).toEqual([
      { kind: 'invalid', row: FIRST_ROW + 1, column: 'ID', item: undefined, issue: undefined },
      { kind: 'invalid', row: FIRST_ROW + 2, column: '関連', item: 1, issue: undefined },
    ]);
  });

  it('names row, column and item for a value the schema refuses', () => {
    const catalog = embedded();
    const grid = gridOf(catalog);
    grid[FIRST_ROW + 2]![columnIndex('連絡先')] = ' | TEL | 3-1 |  | not-mail | [1]';
    const read = tableToCatalog('bad.csv', grid, catalog);
    expect(problemsOf(read)).toEqual([
      { kind: 'invalid', row: FIRST_ROW + 3, column: '連絡先', item: 1, issue: undefined },
      { kind: 'invalid', row: FIRST_ROW + 3, column: '連絡先', item: 1, issue: undefined },
    ]);
    expect(!read.ok && read.problems.map((p) => p.field)).toEqual(['contacts.0.tel', 'contacts.0.mail']);
  });

  it('says which columns and catalog facts are missing, and which header it does not know', () => {
    const catalog = embedded();
    const grid = gridOf(catalog).slice(1);
    grid[FIRST_ROW - 3]![columnIndex('予算')] = '予算額';
    grid[FIRST_ROW - 3]!.push('name');
    expect(problemsOf(tableToCatalog('cols.csv', grid, catalog))).toEqual([
      { kind: 'table', row: undefined, column: undefined, item: undefined, issue: 'missing-meta' },
      { kind: 'table', row: FIRST_ROW - 2, column: '予算額', item: undefined, issue: 'unknown-column' },
      { kind: 'table', row: FIRST_ROW - 2, column: 'name', item: undefined, issue: 'duplicate-column' },
      { kind: 'table', row: FIRST_ROW - 2, column: undefined, item: undefined, issue: 'missing-column' },
    ]);
    expect(problemsOf(tableToCatalog('none.csv', [['名称'], ['x']], catalog))).toEqual([
      { kind: 'table', row: undefined, column: undefined, item: undefined, issue: 'no-header' },
    ]);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty'],
    [
      'a binary file',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'encoding',
    ],
    ['text in neither UTF-8 nor Shift_JIS', Uint8Array.from([0xff, 0xff, 0xff, 0x41]), 'encoding'],
    ['an unclosed quote', utf8('ID,名称\n"coi-next,共創'), 'csv'],
    ['a broken workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'format'],
  ])('refuses %s with its own message', async (_name, bytes, kind) => {
    const read = await readTableFile('bad.csv', bytes, embedded());
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ file: 'bad.csv', kind });
  });

  it('refuses a 50 MB table by its size before parsing it', async () => {
    const row = 'x,'.repeat(50) + '\n';
    const bytes = utf8(row.repeat(Math.ceil((50 * 1024 * 1024) / row.length)));
    expect(bytes.byteLength).toBeGreaterThan(MAX_TABLE_BYTES);
    const read = await readTableFile('50mb.csv', bytes, embedded());
    expect(!read.ok && read.problems).toEqual([
      expect.objectContaining({ kind: 'too-large', file: '50mb.csv' }),
    ]);
  });

  it('refuses a formula or an error value in a workbook cell, naming the cell', async () => {
    const catalog = embedded();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(catalogToTable(catalog), 'プログラム')).buffer);
    const sheet = workbook.worksheets[0]!;
    sheet.getCell(FIRST_ROW, columnIndex('概要') + 1).value = { formula: 'A1&"x"', result: 'x' };
    sheet.getCell(FIRST_ROW + 1, columnIndex('名称') + 1).value = { error: '#REF!' };
    const read = await readTableFile('f.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()), catalog);
    expect(problemsOf(read)).toEqual([
      { kind: 'table', row: FIRST_ROW, column: 'G', item: undefined, issue: 'formula' },
      { kind: 'table', row: FIRST_ROW + 1, column: 'B', item: undefined, issue: 'error-value' },
    ]);
  });

  it('carries a maintainer’s edits in Excel into the catalog: a changed budget and a new row', async () => {
    const catalog = embedded();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(catalogToTable(catalog), 'プログラム')).buffer);
    const sheet = workbook.worksheets[0]!;
    sheet.getCell('B1').value = '2027.04.01-1';
    sheet.getCell('B2').value = new Date(Date.UTC(2027, 3, 1));
    const coiRow = catalog.programs.findIndex((p) => p.id === 'coi-next') + FIRST_ROW;
    const budget = sheet.getCell(coiRow, columnIndex('予算') + 1);
    const lines = String(budget.value).split('\n');
    lines[0] = '令和9年度予算 (2027) | 150億円 | 15,000,000,000 |  |  |  |  |  |  | [1]';
    budget.value = lines.join('\n');
    const copy = (sheet.getRow(coiRow).values as string[]).slice(1);
    copy[columnIndex('ID')] = 'coi-next-2027';
    copy[columnIndex('名称')] = '令和9年度 新規事業';
    copy[columnIndex('関連')] = '';
    sheet.addRow(copy);

    const read = await readTableFile(
      'edited.xlsx',
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      catalog,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.catalog.meta).toMatchObject({ catalogVersion: '2027.04.01-1', asOf: '2027-04-01' });
    const diff = diffPrograms(catalog.programs, read.catalog.programs);
    expect(diff.added.map((p) => p.id)).toEqual(['coi-next-2027']);
    expect(diff.changed.map((c) => [c.after.id, c.fields.map((f) => f.field)])).toEqual([
      ['coi-next', ['budgets']],
    ]);
    expect(read.catalog.programs.find((p) => p.id === 'coi-next')!.budgets[0]).toMatchObject({
      fiscalYear: { label: '令和9年度予算', year: 2027 },
      amountYen: 15_000_000_000,
      text: '150億円',
      partOf: false,
    });
  });
});

describe('npm run catalog:pack -- --table', () => {
  const run = promisify(execFile);
  const tsx = path.resolve('node_modules/.bin/tsx');

  it('writes the program table of data/, and the table reads back as the same programs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-pack-'));
    try {
      const out = path.join(dir, 'catalog.json');
      const { stdout } = await run(tsx, ['electron/cli/catalog-pack.ts', '--out', out, '--table', 'xlsx']);
      expect(stdout).toContain(`${path.join(dir, 'catalog.xlsx')} (program table, 46 rows)`);
      const read = await readTableFile(
        'catalog.xlsx',
        readFileSync(path.join(dir, 'catalog.xlsx')),
        embedded(),
      );
      expect(read).toEqual({ ok: true, catalog: embedded() });
      await expect(
        run(tsx, ['electron/cli/catalog-pack.ts', '--out', out, '--table', 'ods']),
      ).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--table must be xlsx or csv'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Two tsx start-ups, each transforming the CLI, the catalog schema and ExcelJS: seconds each on
    // a loaded two-core machine, past the 5 s default.
  }, 60_000);
});

describe('an .xlsx that would inflate past the limit', () => {
  /** A real ZIP of one stored-by-deflate part: `inflated` bytes of zeros, a few hundred KB on disk. */
  function zipBomb(inflated: number): Uint8Array {
    const data = deflateRawSync(Buffer.alloc(inflated), { level: 9 });
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(inflated, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(inflated, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length + data.length, 16);
    return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
  }

  it('is refused from its ZIP directory before anything is inflated', async () => {
    const bomb = zipBomb(MAX_TABLE_INFLATED_BYTES + 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(readZipDirectory(bomb)).toEqual({
      entries: 1,
      inflatedBytes: MAX_TABLE_INFLATED_BYTES + 1024 * 1024,
    });
    const read = await readTableFile('bomb.xlsx', bomb, embedded());
    expect(!read.ok && read.problems).toEqual([
      expect.objectContaining({ kind: 'zip-bomb', params: { limit: MAX_TABLE_INFLATED_BYTES } }),
    ]);
  });

  it('lets a real exported workbook through the same check', async () => {
    const xlsx = await toXlsx(catalogToTable(embedded()), 'プログラム');
    const directory = readZipDirectory(xlsx);
    expect(directory !== 'unreadable' && directory.inflatedBytes).toBeGreaterThan(xlsx.byteLength);
  });
});
