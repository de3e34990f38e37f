import type { TeamConnection } from '../../../shared/team/connection';
import type { EditedEntryFields } from '../../../shared/team/team-docs';

/** One side of a conflict, as a person needs it to choose: what, who and when. */
export interface EntryVersion extends EditedEntryFields {
  rev: string;
  updatedAt: string;
  updatedBy: string;
}
/** versions[0] is the one shown until the conflict is resolved (CouchDB's deterministic winner). */
export interface EntryConflict {
  versions: EntryVersion[];
}
export interface ListVersion {
  rev: string;
  name: string;
  updatedAt: string;
  updatedBy: string;
}
export interface ListConflict {
  versions: ListVersion[];
}

/** The team this copy of the app is connected to: no password here, ever. */
export interface TeamConnectionRow {
  key: 'connection';
  connection: TeamConnection;
  connectedAt: string;
}
/** How far the mirror has copied the local replica of the team database into these tables. */
export interface TeamMirrorRow {
  key: 'mirror';
  /** The PouchDB database the sequence belongs to: a new replica starts from zero. */
  replica: string;
  seq: string | number;
  lastSyncedAt: string | null;
}
/** The catalog pack a maintainer published to the team database. */
export interface TeamPackRow {
  key: 'pack';
  fileName: string;
  catalogVersion: string;
  asOf: string;
  publishedAt: string;
  publishedBy: string;
}
export type TeamStateRow = TeamConnectionRow | TeamMirrorRow | TeamPackRow;
