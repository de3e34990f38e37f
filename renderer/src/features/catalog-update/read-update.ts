import type { Catalog } from '../../../../shared/catalog/catalog';
import { diffPrograms, type CatalogDiff } from '../../../../shared/catalog/catalog-diff';
import { readCatalogPack, type PackProblem } from '../../../../shared/catalog/catalog-pack';
import { isTableFile, readTableFile } from '../../../../shared/catalog-table/read-table-file';
import { db } from '../../db/db';

export interface UpdatePreview {
  file: string;
  catalog: Catalog;
  diff: CatalogDiff;
  /** Programs in the user's lists or favourites that the update removes or changes. */
  affectedRemoved: string[];
  affectedChanged: string[];
}

export type ReadUpdate =
  { ok: true; preview: UpdatePreview } | { ok: false; file: string; problems: PackProblem[] };

/**
 * Validates a chosen file (a catalog pack, or a program table whose other records are the
 * installed catalog's) and, if it is a good catalog, works out what applying it would change.
 */
export async function readUpdate(file: string, bytes: Uint8Array): Promise<ReadUpdate> {
  const read = isTableFile(file)
    ? await readTableFile(file, bytes, await installedRecordsBesidePrograms())
    : await readCatalogPack(file, bytes);
  if (!read.ok) return { ok: false, file, problems: read.problems };
  const [installed, entries, favourites] = await Promise.all([
    db.programs.toArray(),
    db.shortlistEntries.toArray(),
    db.favourites.toArray(),
  ]);
  const diff = diffPrograms(installed, read.catalog.programs);
  const usersPrograms = new Set([...entries.map((e) => e.programId), ...favourites.map((f) => f.programId)]);
  return {
    ok: true,
    preview: {
      file,
      catalog: read.catalog,
      diff,
      affectedRemoved: diff.removed.map((p) => p.id).filter((id) => usersPrograms.has(id)),
      affectedChanged: diff.changed.map((c) => c.after.id).filter((id) => usersPrograms.has(id)),
    },
  };
}

async function installedRecordsBesidePrograms(): Promise<Omit<Catalog, 'meta' | 'programs'>> {
  const [sources, communities, marketDomains, frameworks] = await Promise.all([
    db.sources.toArray(),
    db.communities.toArray(),
    db.marketDomains.toArray(),
    db.frameworks.toArray(),
  ]);
  return { sources, communities, marketDomains, frameworks };
}
