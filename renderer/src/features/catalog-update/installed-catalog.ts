import type { Catalog } from '../../../../shared/catalog/catalog';
import { validateCatalog, type CatalogProblem } from '../../../../shared/catalog/validate';
import type { NaviDatabase } from '../../db/db';

/** The installed records a program table refers to but does not carry. */
export async function readRecordsBesidePrograms(
  database: NaviDatabase,
): Promise<Omit<Catalog, 'meta' | 'programs'>> {
  const [sources, communities, marketDomains, frameworks] = await Promise.all([
    database.sources.toArray(),
    database.communities.toArray(),
    database.marketDomains.toArray(),
    database.frameworks.toArray(),
  ]);
  return { sources, communities, marketDomains, frameworks };
}

/** The catalog the app holds, validated as a file would be: an export never writes what an import refuses. */
export async function loadInstalledCatalog(
  database: NaviDatabase,
): Promise<{ ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] }> {
  // One read transaction: an update applied in another window meanwhile can't mix two catalogs.
  const [programs, current, beside] = await database.transaction(
    'r',
    [
      database.programs,
      database.meta,
      database.sources,
      database.communities,
      database.marketDomains,
      database.frameworks,
    ],
    () =>
      Promise.all([
        database.programs.toArray(),
        database.meta.get('catalog'),
        readRecordsBesidePrograms(database),
      ]),
  );
  if (!current)
    return {
      ok: false,
      problems: [{ record: 'meta', field: '(record)', message: 'no catalog is installed' }],
    };
  const { key: _key, loadedAt: _loadedAt, provenance: _provenance, ...meta } = current;
  return validateCatalog({ meta, programs, ...beside });
}
