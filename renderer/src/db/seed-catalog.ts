import { RECORD_KINDS, compareCatalogVersions } from '../../../shared/catalog/catalog';
import { validateCatalog, type CatalogProblem } from '../../../shared/catalog/validate';
import { CATALOG_TABLES, type NaviDatabase } from './db';

export type SeedOutcome =
  | { status: 'unchanged'; version: string }
  | { status: 'loaded'; version: string; previous: string | null; programs: number }
  | { status: 'kept-newer'; version: string; embedded: string }
  | { status: 'invalid'; problems: CatalogProblem[] };

/**
 * Brings the catalog tables up to the embedded catalog. Same version: no work at all.
 * Older or none: catalog rows replaced in one read-write transaction, user tables untouched, and
 * the undo backup of an earlier update dropped: it holds the catalog from before that update, so
 * undoing now would skip the replaced one and go back two versions.
 * A newer catalog already installed (from an update) is kept, and so is its undo.
 */
export async function seedCatalog(
  database: NaviDatabase,
  embeddedVersion: string,
  loadEmbedded: () => unknown,
  now: () => Date = () => new Date(),
): Promise<SeedOutcome> {
  const installed = await database.meta.get('catalog');
  if (installed) {
    const order = compareCatalogVersions(installed.catalogVersion, embeddedVersion);
    if (order === 0) return { status: 'unchanged', version: installed.catalogVersion };
    if (order > 0) {
      return { status: 'kept-newer', version: installed.catalogVersion, embedded: embeddedVersion };
    }
  }
  const result = validateCatalog(loadEmbedded());
  if (!result.ok) return { status: 'invalid', problems: result.problems };
  const { catalog } = result;
  await database.transaction('rw', [...CATALOG_TABLES, 'catalogBackup'], async () => {
    await database.catalogBackup.clear();
    for (const kind of RECORD_KINDS) {
      await database.table(kind).clear();
      await database.table(kind).bulkAdd(catalog[kind]);
    }
    await database.sources.clear();
    await database.sources.bulkAdd(catalog.sources);
    await database.meta.put({
      key: 'catalog',
      ...catalog.meta,
      loadedAt: now().toISOString(),
      provenance: { kind: 'built-in' },
    });
  });
  return {
    status: 'loaded',
    version: catalog.meta.catalogVersion,
    previous: installed?.catalogVersion ?? null,
    programs: catalog.programs.length,
  };
}
