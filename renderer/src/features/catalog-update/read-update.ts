import type { Catalog, CatalogMeta } from '../../../../shared/catalog/catalog';
import { diffPrograms, type CatalogDiff } from '../../../../shared/catalog/catalog-diff';
import { readCatalogPack, type PackProblem } from '../../../../shared/catalog/catalog-pack';
import type { Program } from '../../../../shared/catalog/program';
import { isTableFile, readTableFile } from '../../../../shared/catalog-table/read-table-file';
import type { InstalledPrograms } from '../../db/catalog-update';
import type { NaviDatabase } from '../../db/db';
import { readRecordsBesidePrograms } from './installed-catalog';

/** Programs listed by name in the preview; the counts say how many more there are. */
export const PREVIEW_LISTED = 50;

/** What applying a file would change: small enough to post from the worker at any catalog size. */
export interface UpdatePreview {
  file: string;
  meta: CatalogMeta;
  counts: { added: number; changed: number; removed: number; unchanged: number };
  added: Pick<Program, 'id' | 'name'>[];
  changed: CatalogDiff['changed'];
  removed: Pick<Program, 'id' | 'name'>[];
  /** Programs in the user's lists or favourites that the update removes or changes. */
  affectedRemoved: string[];
  affectedChanged: string[];
}

export type ReadUpdate =
  | { ok: true; preview: UpdatePreview; catalog: Catalog; installed: InstalledPrograms }
  | { ok: false; file: string; problems: PackProblem[] };

/**
 * Validates a chosen file (a catalog pack, or a program table whose other records are the
 * installed catalog's) and, if it is a good catalog, works out what applying it would change.
 */
export async function readUpdate(
  database: NaviDatabase,
  file: string,
  bytes: Uint8Array,
): Promise<ReadUpdate> {
  const read = isTableFile(file)
    ? await readTableFile(file, bytes, await readRecordsBesidePrograms(database))
    : await readCatalogPack(file, bytes);
  if (!read.ok) return { ok: false, file, problems: read.problems };
  const [installed, loadedAt, entries, favourites] = await database.transaction(
    'r',
    [database.programs, database.meta, database.shortlistEntries, database.favourites],
    () =>
      Promise.all([
        database.programs.toArray(),
        database.meta.get('catalog').then((meta) => meta?.loadedAt ?? null),
        database.shortlistEntries.toArray(),
        database.favourites.toArray(),
      ]),
  );
  const diff = diffPrograms(installed, read.catalog.programs);
  const usersPrograms = new Set([...entries.map((e) => e.programId), ...favourites.map((f) => f.programId)]);
  const named = (programs: Program[]) =>
    programs.slice(0, PREVIEW_LISTED).map(({ id, name }) => ({ id, name }));
  return {
    ok: true,
    catalog: read.catalog,
    installed: { loadedAt, programs: installed },
    preview: {
      file,
      meta: read.catalog.meta,
      counts: {
        added: diff.added.length,
        changed: diff.changed.length,
        removed: diff.removed.length,
        unchanged: diff.unchanged,
      },
      added: named(diff.added),
      changed: diff.changed.slice(0, PREVIEW_LISTED),
      removed: named(diff.removed),
      affectedRemoved: diff.removed.map((p) => p.id).filter((id) => usersPrograms.has(id)),
      affectedChanged: diff.changed.map((c) => c.after.id).filter((id) => usersPrograms.has(id)),
    },
  };
}
