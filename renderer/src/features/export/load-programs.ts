import { db } from '../../db/db';
import type { ExportRow } from './export-columns';
import type { Progress } from './run-export';

const CHUNK = 2_000;

/** Reads the programs of a result set from storage a chunk at a time, reporting progress. */
export async function loadProgramRows(
  ids: string[],
  signal: AbortSignal,
  onProgress: (progress: Progress) => void,
): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    signal.throwIfAborted();
    const programs = await db.programs.bulkGet(ids.slice(start, start + CHUNK));
    for (const program of programs) if (program) rows.push({ program, entry: null });
    onProgress({ done: Math.min(start + CHUNK, ids.length), total: ids.length });
  }
  return rows;
}
