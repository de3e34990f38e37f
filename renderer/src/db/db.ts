import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { CatalogMeta } from '../../../shared/catalog/catalog';
import type { Community } from '../../../shared/catalog/community';
import type { Framework } from '../../../shared/catalog/framework';
import type { MarketDomain } from '../../../shared/catalog/market-domain';
import type { Program } from '../../../shared/catalog/program';
import type { SourceDocument } from '../../../shared/catalog/sources';
import { readStoredReasons, type EntryFields } from '../../../shared/shortlist/shortlist';
import { abortCauseMiddleware } from './abort-cause';
import { stayClosedAfterBrowserClose } from './connection-guard';
import type { EntryConflict, ListConflict, TeamStateRow } from './team-rows';

/** The catalog row in `meta`: which catalog the programs table holds and when it was loaded. */
export interface CatalogMetaRow extends CatalogMeta {
  key: 'catalog';
  loadedAt: string;
  /** Where the installed catalog came from; absent on catalogs loaded before packs were signed. */
  provenance?: CatalogProvenance;
}

/** Built into the app, a pack signed by a trusted publisher, or the user's own edit of a program table. */
export type CatalogProvenance =
  | { kind: 'built-in' }
  | { kind: 'signed'; keyId: string; publisher: string; created: string; expires: string }
  | { kind: 'local-edit'; basedOn: string };

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
  /**
   * Absent: a personal list. 'team': shared with the connected team, mirrored from the team
   * database. 'left-team': was shared; this copy stays after the team was left or the user
   * removed from it, and is personal again.
   */
  sharing?: 'team' | 'left-team';
  /** A shared list renamed by two people at once, until someone keeps one name. */
  conflict?: ListConflict;
}
/** A program in a list, with the user's status, note and internal deadline for it there. */
export interface ShortlistEntry extends EntryFields {
  /** `${listId}|${programId}`: a program is in a list at most once. */
  id: string;
  listId: string;
  position: number;
  addedAt: string;
  updatedAt: string;
  /** In a shared list: who changed it last. */
  updatedBy?: string;
  /** In a shared list: colleagues' versions that disagree, until a person resolves them. */
  conflict?: EntryConflict;
}
/**
 * What lets a catalog update be undone and redone (renderer/src/db/catalog-update.ts): the
 * installed and the other catalog as their JSON bytes (`file:<loadedAt>`), and which is which.
 * Databases from before kept the previous catalog as one row per table; undo still reads those.
 */
export type CatalogBackupRow =
  /** A Blob: IndexedDB keeps it out of line, and a national catalog is larger than Chromium allows one value to be. */
  | { table: `file:${string}`; meta: CatalogMetaRow; bytes: Blob }
  | {
      table: 'state';
      installed: `file:${string}`;
      other: `file:${string}` | null;
      /** What the button does: bring back the catalog before the last update, or the one undone. */
      action: 'undo' | 'redo';
      otherMeta: CatalogMetaRow | null;
    }
  | { table: (typeof CATALOG_TABLES)[number]; rows: unknown[] };
/** A program the user opened, for the overview's "recently viewed": user data, kept across catalogs. */
export interface RecentView {
  programId: string;
  viewedAt: string;
}
export interface Profile {
  id: string;
  name: string;
  /** A matching profile (one organisation or a team); validated with storedProfileSchema when read. */
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
  catalogBackup!: Table<CatalogBackupRow, string>;
  team!: Table<TeamStateRow, TeamStateRow['key']>;
  recentViews!: EntityTable<RecentView, 'programId'>;

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
    // v5: saved wizard reasons carry the engine's codes with typed params. Reasons saved before
    // keep the words they were shown with (shared/shortlist/format-one-reasons.ts). Programs and
    // schemes stored by an older catalog (one installed from a pack newer than the built-in catalog
    // is not replaced at start-up), and the undo copy of one, get the fields added since, empty.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('shortlistEntries')
          .toCollection()
          .modify((entry: { reasons?: unknown }) => {
            entry.reasons = readStoredReasons(entry.reasons);
          });
        await tx.table('programs').toCollection().modify(withFieldsAddedInV5);
        await tx.table('frameworks').toCollection().modify(withFieldsAddedInV5);
        await tx
          .table('catalogBackup')
          .toCollection()
          .modify((backup: CatalogBackupRow) => {
            if (backup.table === 'programs' || backup.table === 'frameworks')
              backup.rows.forEach((row) => withFieldsAddedInV5(row as Record<string, unknown>));
          });
      });
    // v6: team workspaces (issue 18). Lists gain an optional `sharing` (absent = personal, as
    // every existing list stays); `team` holds the connection (never the password) and the
    // mirror's position in the team database. Nothing to convert, so no upgrade().
    this.version(6).stores({ shortlists: 'id, position, sharing', team: 'key' });
    // v7: recently viewed programs. A user table; starts empty, nothing to carry over.
    this.version(7).stores({ recentViews: 'programId, viewedAt' });
    // A write the browser aborts (a full disk) keeps the reason, so the UI can say it in words.
    this.use(abortCauseMiddleware);
    // Never reopened behind the user's back once the browser closed it (a full disk): see there.
    stayClosedAfterBrowserClose(this);
  }
}

/** Catalog fields added with version 5, as the schema's defaults give them to a pack without them. */
function withFieldsAddedInV5(record: Record<string, unknown>) {
  record.regions ??= [];
  record.consortium ??= null;
  if ('budgets' in record) record.periodEnd ??= null;
}

export const db = new NaviDatabase();
