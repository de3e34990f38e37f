import { toCsv } from '../../../../shared/export/csv';
import { cleanFileName } from '../../../../shared/security/file-name';
import type { ExportTable } from '../../../../shared/export/table';
import type { Locale } from '../../i18n/i18n';
import type { ExportColumn, ExportContext, ExportRow } from './export-columns';

export type ExportFormat = 'csv' | 'xlsx';

export interface Progress {
  done: number;
  total: number;
}

/** Rows are converted this many at a time, then the page gets the thread back to draw and listen. */
const CHUNK = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Builds the table a file is written from, a chunk at a time: progress is reported between
 * chunks, and an aborted signal stops the work before any file exists.
 */
export async function buildExportTable(
  loadRows: (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<ExportRow[]>,
  columns: ExportColumn[],
  context: ExportContext,
  onProgress: (progress: Progress) => void,
  signal: AbortSignal,
): Promise<ExportTable> {
  const rows = await loadRows(signal, onProgress);
  const table: ExportTable = {
    header: columns.map((c) => c.label(context.t)),
    rows: [],
    columnTypes: columns.map((c) => c.type ?? 'text'),
  };
  for (let start = 0; start < rows.length; start += CHUNK) {
    signal.throwIfAborted();
    for (const row of rows.slice(start, start + CHUNK))
      table.rows.push(columns.map((c) => c.value(row, context)));
    onProgress({ done: Math.min(start + CHUNK, rows.length), total: rows.length });
    await nextTask();
  }
  signal.throwIfAborted();
  return table;
}

/** The file's bytes; the Excel writer is loaded only when someone exports to Excel. */
export async function encodeExport(
  table: ExportTable,
  format: ExportFormat,
  sheetName: string,
  /** The language of Excel's number and date formats. */
  locale: Locale = 'ja',
): Promise<{ data: string | Uint8Array<ArrayBuffer>; mimeType: string; extension: string }> {
  if (format === 'csv') return { data: toCsv(table), mimeType: 'text/csv;charset=utf-8', extension: 'csv' };
  const { toXlsx } = await import('../../../../shared/export/xlsx');
  return {
    data: await toXlsx(table, sheetName, new Date(), locale),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  };
}

/** A file name from a list or search name, by the one rule the main process applies too. */
export function safeFileName(name: string): string {
  return cleanFileName(name.trim() || 'export');
}
