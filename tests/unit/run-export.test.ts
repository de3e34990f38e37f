import { describe, expect, it } from 'vitest';
import { syntheticPrograms } from '../bench/synthetic-catalog';
import { EXPORT_COLUMNS } from '../../renderer/src/features/export/export-columns';
import { buildExportTable, safeFileName, type Progress } from '../../renderer/src/features/export/run-export';
import { translate } from '../../renderer/src/i18n/i18n';

const context = {
  t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate('ja', key, params),
  locale: 'ja' as const,
  documents: new Map(),
};
const columns = EXPORT_COLUMNS.filter((c) => ['name', 'ministries', 'budget'].includes(c.id));
const rows = syntheticPrograms(2_000).map((program) => ({ program, entry: null }));

describe('buildExportTable', () => {
  it('reports progress chunk by chunk and returns every row in the chosen columns', async () => {
    const seen: Progress[] = [];
    const table = await buildExportTable(
      async () => rows,
      columns,
      context,
      (p) => seen.push(p),
      new AbortController().signal,
    );
    expect(table.header).toEqual(['制度名', '所管', '予算額（最新年度・円）']);
    expect(table.columnTypes).toEqual(['text', 'text', 'yen']);
    expect(table.rows).toHaveLength(2_000);
    expect(table.rows[0]![0]).toBe(rows[0]!.program.name);
    expect(seen.map((p) => p.done)).toEqual([500, 1_000, 1_500, 2_000]);
  });

  it('stops when cancelled between chunks and produces nothing', async () => {
    const controller = new AbortController();
    const seen: Progress[] = [];
    const run = buildExportTable(
      async () => rows,
      columns,
      context,
      (p) => {
        seen.push(p);
        if (p.done === 1_000) controller.abort();
      },
      controller.signal,
    );
    await expect(run).rejects.toThrow();
    expect(seen.at(-1)!.done).toBe(1_000);
  });

  it('makes a file name any file system accepts', () => {
    expect(safeFileName('A大学/URA: 候補 "2027" <案>')).toBe('A大学_URA_ 候補 _2027_ _案_');
    expect(safeFileName('   ')).toBe('export');
  });
});
