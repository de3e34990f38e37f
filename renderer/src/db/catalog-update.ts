import type { Catalog } from '../../../shared/catalog/catalog';
import type { Program } from '../../../shared/catalog/program';
import { CATALOG_TABLES, type NaviDatabase } from './db';

/** Rows written per bulkAdd: between them the page can draw the progress bar. */
const CHUNK = 5_000;

export interface ApplyProgress {
  done: number;
  total: number;
}

type CatalogRows = Record<(typeof CATALOG_TABLES)[number], unknown[]>;

/**
 * The installed programs as read when an update was checked, with the load they belong to. Reading
 * 100,000 programs again for the undo backup costs seconds, so the apply reuses them if the
 * catalog is still that load; if another window changed it meanwhile, the apply reads afresh.
 */
export interface InstalledPrograms {
  loadedAt: string | null;
  programs: Program[];
}

function rowsOf(catalog: Catalog, loadedAt: string): CatalogRows {
  return {
    programs: catalog.programs,
    communities: catalog.communities,
    marketDomains: catalog.marketDomains,
    frameworks: catalog.frameworks,
    sources: catalog.sources,
    meta: [{ key: 'catalog', ...catalog.meta, loadedAt }],
  };
}

/**
 * Replaces the catalog tables in one transaction and keeps what they held before, for undo.
 * User tables are not in the transaction's scope, so an update cannot touch them; if anything
 * fails midway, IndexedDB rolls the whole transaction back and the old catalog is still there.
 */
export async function applyCatalog(
  database: NaviDatabase,
  catalog: Catalog,
  onProgress: (progress: ApplyProgress) => void = () => {},
  now = new Date(),
  installed?: InstalledPrograms,
): Promise<void> {
  await swapCatalog(database, rowsOf(catalog, now.toISOString()), onProgress, installed);
}

/** Puts the catalog from before the last update back (and keeps the undone one, so it can be redone). */
export async function undoCatalogUpdate(
  database: NaviDatabase,
  onProgress: (progress: ApplyProgress) => void = () => {},
): Promise<boolean> {
  return database.transaction('rw', [...CATALOG_TABLES, 'catalogBackup'], async () => {
    const backup = await database.catalogBackup.toArray();
    if (backup.length !== CATALOG_TABLES.length) return false;
    const rows = Object.fromEntries(backup.map((b) => [b.table, b.rows])) as CatalogRows;
    await swapCatalog(database, rows, onProgress);
    return true;
  });
}

export async function hasCatalogBackup(database: NaviDatabase): Promise<boolean> {
  return (await database.catalogBackup.count()) === CATALOG_TABLES.length;
}

async function swapCatalog(
  database: NaviDatabase,
  next: CatalogRows,
  onProgress: (p: ApplyProgress) => void,
  installed?: InstalledPrograms,
) {
  const total = Object.values(next).reduce((n, rows) => n + rows.length, 0);
  await database.transaction('rw', [...CATALOG_TABLES, 'catalogBackup'], async () => {
    const current = await database.meta.get('catalog');
    const unchangedSinceCheck = installed && (current?.loadedAt ?? null) === installed.loadedAt;
    const previous = await Promise.all(
      CATALOG_TABLES.map(async (table) => ({
        table,
        rows:
          table === 'programs' && unchangedSinceCheck
            ? installed.programs
            : await database.table(table).toArray(),
      })),
    );
    await database.catalogBackup.clear();
    if (previous.some((p) => p.table === 'meta' && p.rows.length))
      await database.catalogBackup.bulkAdd(previous);
    let done = 0;
    for (const table of CATALOG_TABLES) {
      await database.table(table).clear();
      const rows = next[table];
      // Two chunks in flight: the next one is being cloned into IndexedDB while the last is written.
      let inFlight: Promise<unknown> | null = null;
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = database.table(table).bulkAdd(rows.slice(start, start + CHUNK));
        if (inFlight) {
          await inFlight;
          done += CHUNK;
          onProgress({ done, total });
        }
        inFlight = chunk;
      }
      if (inFlight) {
        await inFlight;
        done += rows.length % CHUNK || CHUNK;
        onProgress({ done, total });
      }
    }
  });
}
