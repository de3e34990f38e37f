import { useLiveQuery } from 'dexie-react-hooks';
import type { Catalog } from '../../../shared/catalog/catalog';
import { db } from './db';

export type MatchableCatalog = Pick<Catalog, 'programs' | 'communities' | 'marketDomains' | 'frameworks'>;

/** The record kinds the matching engine reads, loaded in one read transaction. */
export function useMatchableCatalog(): MatchableCatalog | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', [db.programs, db.communities, db.marketDomains, db.frameworks], async () => ({
        programs: await db.programs.toArray(),
        communities: await db.communities.toArray(),
        marketDomains: await db.marketDomains.toArray(),
        frameworks: await db.frameworks.toArray(),
      })),
    [],
  );
}
