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
 * Older or none: catalog rows replaced in one read-write transaction, user tables untouched.
 * A newer catalog already installed (from an update) is kept.
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
  await database.transaction('rw', [...CATALOG_TABLES], async () => {
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
