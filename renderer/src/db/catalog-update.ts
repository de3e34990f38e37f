import type { Catalog } from '../../../shared/catalog/catalog';
import { readCatalogBytes } from '../../../shared/catalog/catalog-bytes';
import {
  CATALOG_TABLES,
  type CatalogBackupRow,
  type CatalogMetaRow,
  type CatalogProvenance,
  type NaviDatabase,
} from './db';

/** Rows written per bulkAdd: between them the page can draw the progress bar. */
const CHUNK = 5_000;

export interface ApplyProgress {
  done: number;
  total: number;
}

type CatalogRows = Record<(typeof CATALOG_TABLES)[number], unknown[]>;
type FileKey = `file:${string}`;
type FileRow = Extract<CatalogBackupRow, { meta: CatalogMetaRow }>;
type StateRow = Extract<CatalogBackupRow, { table: 'state' }>;

const fileKey = (loadedAt: string): FileKey => `file:${loadedAt}`;

function rowsOf(catalog: Catalog, meta: CatalogMetaRow): CatalogRows {
  return {
    programs: catalog.programs,
    communities: catalog.communities,
    marketDomains: catalog.marketDomains,
    frameworks: catalog.frameworks,
    sources: catalog.sources,
    meta: [meta],
  };
}

/** What the undo/redo button would do now, and which catalog it would bring back. */
export type CatalogAction = { action: 'undo' | 'redo'; meta: CatalogMetaRow } | null;

/**
 * Replaces the catalog tables in one transaction. The catalog installed so far stays available
 * for undo as its JSON bytes: the bytes it was installed from if they are kept (a national
 * catalog is never read back and copied), else its rows serialised once. `bytes` are the new
 * catalog's JSON bytes (a pack's catalog as signed), kept so a later update can be undone to it.
 * User tables are not in the transaction's scope, so an update cannot touch them; if anything
 * fails midway, IndexedDB rolls the whole transaction back and the old catalog is still there.
 */
export async function applyCatalog(
  database: NaviDatabase,
  catalog: Catalog,
  {
    bytes = new TextEncoder().encode(JSON.stringify(catalog)),
    provenance,
    onProgress = () => {},
    now = new Date(),
    delta,
  }: {
    /** The catalog's JSON bytes, or already a Blob of them (the update worker makes one when it checks a pack). */
    bytes?: Uint8Array | Blob;
    provenance: CatalogProvenance;
    onProgress?: (progress: ApplyProgress) => void;
    now?: Date;
    /**
     * What the check found to differ from the installed programs, with the load it compared
     * against: if that is still the installed catalog, only these programs are written and
     * removed (an unchanged program costs nothing); otherwise every program is rewritten.
     */
    delta?: ProgramDelta;
  },
): Promise<void> {
  const meta: CatalogMetaRow = { key: 'catalog', ...catalog.meta, loadedAt: now.toISOString(), provenance };
  await database.transaction('rw', [...CATALOG_TABLES, 'catalogBackup'], async () => {
    const installed = await keepInstalledAsFile(database);
    const keep = new Set<string>([installed?.key ?? '', fileKey(meta.loadedAt)]);
    const stale = (await database.catalogBackup.toCollection().primaryKeys()).filter((key) => !keep.has(key));
    await database.catalogBackup.bulkDelete(stale);
    await database.catalogBackup.put({
      table: fileKey(meta.loadedAt),
      meta,
      bytes: bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart]),
    });
    await database.catalogBackup.put({
      table: 'state',
      installed: fileKey(meta.loadedAt),
      other: installed?.key ?? null,
      action: 'undo',
      otherMeta: installed?.meta ?? null,
    });
    const current = await database.meta.get('catalog');
    if (delta && current?.loadedAt === delta.installedLoadedAt && smallDelta(delta, catalog)) {
      const rows = rowsOf(catalog, meta);
      await database.programs.bulkDelete(delta.removedIds);
      await writeCatalogRows(database, { ...rows, programs: delta.upsert }, onProgress, ['programs']);
    } else await writeCatalogRows(database, rowsOf(catalog, meta), onProgress);
  });
}

/**
 * Whether writing only the delta is cheaper than rewriting the programs. Putting a program over an
 * installed one costs about 1.4 times adding it to a cleared table (measured in Chromium at 100,000
 * programs: 10.4 s against 7.4 s), so a delta of more than half the catalog is written as a whole.
 */
function smallDelta(delta: ProgramDelta, catalog: Catalog): boolean {
  return delta.upsert.length + delta.removedIds.length <= catalog.programs.length / 2;
}

export interface ProgramDelta {
  installedLoadedAt: string | null;
  /** Added and changed programs. */
  upsert: Catalog['programs'];
  removedIds: string[];
}

/**
 * Undo or redo, whichever the state says: puts the other kept catalog back (with its own load
 * time and provenance), and keeps the one it replaces, so the action can be reversed again.
 * Returns the meta of the catalog now installed, or null when there is nothing to bring back.
 */
export async function switchCatalog(
  database: NaviDatabase,
  onProgress: (progress: ApplyProgress) => void = () => {},
): Promise<CatalogMetaRow | null> {
  await convertLegacyBackup(database);
  const [state, other, installed] = await database.transaction('r', database.catalogBackup, async () => {
    const state = (await database.catalogBackup.get('state')) as StateRow | undefined;
    const get = async (key: FileKey | null | undefined) =>
      key ? ((await database.catalogBackup.get(key)) as FileRow | undefined) : undefined;
    return [state, await get(state?.other), await get(state?.installed)] as const;
  });
  if (!state || !other) return null;
  // Read and checked before the transaction: awaiting anything but Dexie inside it would commit it early.
  const read = readCatalogBytes(new Uint8Array(await other.bytes.arrayBuffer()));
  if (!read.ok) throw new Error(`the kept catalog ${other.meta.catalogVersion} cannot be read`);
  return database.transaction('rw', [...CATALOG_TABLES, 'catalogBackup'], async () => {
    const now = (await database.catalogBackup.get('state')) as StateRow | undefined;
    if (now?.installed !== state.installed || now.other !== state.other)
      throw new Error('another window changed the catalog meanwhile; try again');
    // If the catalog was replaced without an update (a newer built-in catalog at start-up), that one is kept instead.
    const replaced = (await keepInstalledAsFile(database)) ?? {
      key: state.installed,
      meta: installed?.meta ?? null,
    };
    const stale = (await database.catalogBackup.toCollection().primaryKeys()).filter(
      (key) => key !== 'state' && key !== replaced.key && key !== other.table,
    );
    await database.catalogBackup.bulkDelete(stale);
    await database.catalogBackup.put({
      table: 'state',
      installed: other.table,
      other: replaced.key,
      action: state.action === 'undo' ? 'redo' : 'undo',
      otherMeta: replaced.meta,
    });
    await writeCatalogRows(database, rowsOf(read.catalog, other.meta), onProgress);
    return other.meta;
  });
}

export async function catalogAction(database: NaviDatabase): Promise<CatalogAction> {
  const state = (await database.catalogBackup.get('state')) as StateRow | undefined;
  if (state?.otherMeta) return { action: state.action, meta: state.otherMeta };
  const legacyMeta = (await database.catalogBackup.get('meta')) as { rows: CatalogMetaRow[] } | undefined;
  return legacyMeta?.rows[0] ? { action: 'undo', meta: legacyMeta.rows[0] } : null;
}

/**
 * The installed catalog as a kept file: the one it was installed from if it is still the
 * installed one (same load time), else its rows serialised (the embedded catalog, one installed
 * by another path, or one from before catalogs were kept as files).
 */
async function keepInstalledAsFile(
  database: NaviDatabase,
): Promise<{ key: FileKey; meta: CatalogMetaRow } | null> {
  const meta = await database.meta.get('catalog');
  if (!meta) return null;
  const key = fileKey(meta.loadedAt);
  if ((await database.catalogBackup.where('table').equals(key).count()) > 0) return { key, meta };
  const [programs, communities, marketDomains, frameworks, sources] = await Promise.all(
    (['programs', 'communities', 'marketDomains', 'frameworks', 'sources'] as const).map((t) =>
      database.table(t).toArray(),
    ),
  );
  const { key: _key, loadedAt: _loadedAt, provenance: _provenance, ...catalogMeta } = meta;
  const json = JSON.stringify({
    meta: catalogMeta,
    sources,
    programs,
    communities,
    marketDomains,
    frameworks,
  });
  await database.catalogBackup.put({ table: key, meta, bytes: new Blob([json]) });
  return { key, meta };
}

/** A database from before kept the previous catalog as one row per table: made a kept file once. */
async function convertLegacyBackup(database: NaviDatabase): Promise<void> {
  await database.transaction('rw', [...CATALOG_TABLES, 'catalogBackup'], async () => {
    const legacy = await database.catalogBackup.bulkGet([...CATALOG_TABLES]);
    if (legacy.some((row) => !row) || (await database.catalogBackup.get('state'))) return;
    const rows = Object.fromEntries(
      legacy.map((row) => [row!.table, (row as { rows: unknown[] }).rows]),
    ) as CatalogRows;
    const previous = rows.meta[0] as CatalogMetaRow | undefined;
    const installed = await keepInstalledAsFile(database);
    await database.catalogBackup.bulkDelete([...CATALOG_TABLES]);
    if (!previous || !installed) return;
    const { key: _key, loadedAt: _loadedAt, provenance: _provenance, ...catalogMeta } = previous;
    const { meta: _meta, ...records } = rows;
    const json = JSON.stringify({ meta: catalogMeta, ...records });
    await database.catalogBackup.put({
      table: fileKey(previous.loadedAt),
      meta: previous,
      bytes: new Blob([json]),
    });
    await database.catalogBackup.put({
      table: 'state',
      installed: installed.key,
      other: fileKey(previous.loadedAt),
      action: 'undo',
      otherMeta: previous,
    });
  });
}

/** Writes each table's rows; `kept` tables are not cleared first (their rows are put over the installed ones). */
async function writeCatalogRows(
  database: NaviDatabase,
  next: CatalogRows,
  onProgress: (p: ApplyProgress) => void,
  kept: readonly string[] = [],
): Promise<void> {
  const total = Object.values(next).reduce((n, rows) => n + rows.length, 0);
  let done = 0;
  for (const table of CATALOG_TABLES) {
    if (!kept.includes(table)) await database.table(table).clear();
    const rows = next[table];
    // Two chunks in flight: the next one is being cloned into IndexedDB while the last is written.
    let inFlight: Promise<unknown> | null = null;
    for (let start = 0; start < rows.length; start += CHUNK) {
      const slice = rows.slice(start, start + CHUNK);
      const chunk = kept.includes(table)
        ? database.table(table).bulkPut(slice)
        : database.table(table).bulkAdd(slice);
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
}
