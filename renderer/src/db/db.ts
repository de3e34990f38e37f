import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { CatalogMeta } from '../../../shared/catalog/catalog';
import type { Community } from '../../../shared/catalog/community';
import type { Framework } from '../../../shared/catalog/framework';
import type { MarketDomain } from '../../../shared/catalog/market-domain';
import type { Program } from '../../../shared/catalog/program';
import type { SourceDocument } from '../../../shared/catalog/sources';
import type { EntryFields } from '../../../shared/shortlist/shortlist';
import { abortCauseMiddleware } from './abort-cause';
import { stayClosedAfterBrowserClose } from './connection-guard';

/** The catalog row in `meta`: which catalog the programs table holds and when it was loaded. */
export interface CatalogMetaRow extends CatalogMeta {
  key: 'catalog';
  loadedAt: string;
}

/** User data: catalog loading never touches these tables. Keyed by stable program ids. */
export interface Favourite {
  programId: string;
  addedAt: string;
}
export interface Note {
  id: string;
  programId: string;
  text: string;
  updatedAt: string;
}
export interface Shortlist {
  id: string;
  name: string;
  /** Lists are shown in this order; the user reorders them. */
  position: number;
  createdAt: string;
  updatedAt: string;
}
/** A program in a list, with the user's status, note and internal deadline for it there. */
export interface ShortlistEntry extends EntryFields {
  /** `${listId}|${programId}`: a program is in a list at most once. */
  id: string;
  listId: string;
  position: number;
  addedAt: string;
  updatedAt: string;
}
/** The catalog before the last update, one row per table, so the update can be undone. */
export interface CatalogBackupRow {
  table: (typeof CATALOG_TABLES)[number];
  rows: unknown[];
}
export interface Profile {
  id: string;
  name: string;
  /** A matching profile; validated with profileSchema when read. */
  answers: unknown;
  updatedAt: string;
}

export const CATALOG_TABLES = [
  'programs',
  'communities',
  'marketDomains',
  'frameworks',
  'sources',
  'meta',
] as const;

export class NaviDatabase extends Dexie {
  programs!: EntityTable<Program, 'id'>;
  communities!: EntityTable<Community, 'id'>;
  marketDomains!: EntityTable<MarketDomain, 'id'>;
  frameworks!: EntityTable<Framework, 'id'>;
  sources!: EntityTable<SourceDocument, 'file'>;
  meta!: EntityTable<CatalogMetaRow, 'key'>;
  favourites!: EntityTable<Favourite, 'programId'>;
  notes!: EntityTable<Note, 'id'>;
  profiles!: EntityTable<Profile, 'id'>;
  shortlists!: EntityTable<Shortlist, 'id'>;
  shortlistEntries!: EntityTable<ShortlistEntry, 'id'>;
  catalogBackup!: EntityTable<CatalogBackupRow, 'table'>;

  constructor(name = 'shien-menu-navi', options?: DexieOptions) {
    super(name, options);
    // Every published version stays listed; data changes go in upgrade() of a new version.
    this.version(1).stores({
      programs: 'id, *ministries',
      sources: 'file',
      meta: 'key',
      favourites: 'programId, addedAt',
      notes: 'id, programId, updatedAt',
      profiles: 'id, name, updatedAt',
    });
    // v2: the other catalog record kinds. Catalog tables only; a catalog load fills them.
    this.version(2).stores({
      communities: 'id, *marketDomains',
      marketDomains: 'id',
      frameworks: 'id',
    });
    // v3: shortlists. User tables; a catalog load never touches them.
    this.version(3).stores({
      shortlists: 'id, position',
      shortlistEntries: 'id, listId, programId, deadline',
    });
    // v4: the previous catalog, kept by a catalog update for undo.
    this.version(4).stores({ catalogBackup: 'table' });
    // A write the browser aborts (a full disk) keeps the reason, so the UI can say it in words.
    this.use(abortCauseMiddleware);
    // Never reopened behind the user's back once the browser closed it (a full disk): see there.
    stayClosedAfterBrowserClose(this);
  }
}

export const db = new NaviDatabase();
