import type { Catalog } from '../../../../shared/catalog/catalog';
import { validateCatalog, type CatalogProblem } from '../../../../shared/catalog/validate';
import type { NaviDatabase } from '../../db/db';

/** The catalog the app holds, validated as a file would be: an export never writes what an import refuses. */
export async function loadInstalledCatalog(
  database: NaviDatabase,
): Promise<{ ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] }> {
  // One read transaction: an update applied in another window meanwhile can't mix two catalogs.
  const [programs, communities, marketDomains, frameworks, sources, current] = await database.transaction(
    'r',
    [
      database.programs,
      database.communities,
      database.marketDomains,
      database.frameworks,
      database.sources,
      database.meta,
    ],
    () =>
      Promise.all([
        database.programs.toArray(),
        database.communities.toArray(),
        database.marketDomains.toArray(),
        database.frameworks.toArray(),
        database.sources.toArray(),
        database.meta.get('catalog'),
      ]),
  );
  if (!current)
    return {
      ok: false,
      problems: [{ record: 'meta', field: '(record)', message: 'no catalog is installed' }],
    };
  const { key: _key, loadedAt: _loadedAt, ...meta } = current;
  return validateCatalog({ meta, programs, communities, marketDomains, frameworks, sources });
}
