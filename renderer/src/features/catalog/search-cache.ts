import Dexie, { type EntityTable } from 'dexie';
import type { ProgramIndexSnapshot } from '../../../../shared/search/program-search';

/** The built program index, kept for the catalog it was built from. */
export interface SearchCacheRow {
  key: 'programs';
  /** The catalog version and load time, and the index format: any change means a rebuild. */
  catalogKey: string;
  snapshot: ProgramIndexSnapshot;
  savedAt: string;
}

/**
 * A cache of the search index, in its own IndexedDB database: building the index for a national
 * catalog takes seconds, loading it a fraction of that. Not user data and not the catalog: it can
 * be lost or deleted at any time, and is rebuilt from the catalog when it does not match.
 */
export class SearchCacheDatabase extends Dexie {
  snapshots!: EntityTable<SearchCacheRow, 'key'>;

  constructor(name = 'shien-menu-navi-search-cache') {
    super(name);
    this.version(1).stores({ snapshots: 'key, catalogKey' });
  }
}
