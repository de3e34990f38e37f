import {
  CATALOG_PACK_DOC_ID,
  ENTRY_PREFIX,
  LIST_PREFIX,
  TEAM_DATA_VERSION,
  sameEditedFields,
  teamEntryDocSchema,
  teamListDocSchema,
  teamPackDocSchema,
  versionedDocSchema,
  type TeamEntryDoc,
  type TeamListDoc,
} from '../../../../shared/team/team-docs';
import type { NaviDatabase, Shortlist, ShortlistEntry } from '../../db/db';
import type { PouchChange, PouchChangesFeed, PouchDatabase, PouchDoc } from './pouch-types';
import type { EntryConflict, ListConflict, TeamMirrorRow } from '../../db/team-rows';

/** Changes copied per Dexie transaction. */
const BATCH = 500;

type Doc = PouchDoc & { _rev: string };
type Change = PouchChange & { doc?: Doc };

/** What the mirror learned that the session must act on. */
export interface MirrorReport {
  /** A document written by a newer version of the app: this copy must not write to the team. */
  newerDataVersion: boolean;
  /** Documents that could not be read (malformed): skipped, counted for the status line. */
  unreadable: number;
  /** Batches that could not be copied into Dexie (storage trouble); retried with the next change. */
  failedBatches: number;
}

/**
 * Keeps Dexie's shortlist tables showing the local replica of the team database, so every
 * existing live query shows shared lists too. Reads the replica's changes feed in batches from
 * the sequence stored in Dexie, and writes each batch and the new sequence in one Dexie
 * transaction: a crash between two batches neither loses nor repeats a change.
 */
export class TeamMirror {
  private running: Promise<void> | null = null;
  private again = false;
  private feed: PouchChangesFeed | null = null;
  readonly report: MirrorReport = { newerDataVersion: false, unreadable: 0, failedBatches: 0 };

  constructor(
    private readonly local: PouchDatabase,
    private readonly database: NaviDatabase,
    private readonly replicaName: string,
    private readonly onReport: (report: MirrorReport) => void = () => {},
    private readonly supportedVersion: number = TEAM_DATA_VERSION,
  ) {}

  start(): void {
    const feed = this.local.changes({ since: 'now', live: true });
    feed.on('change', () => this.pumpReporting()).on('error', () => {});
    // Cancelling ends the feed's promise; nothing waits for it.
    feed.catch(() => {});
    this.feed = feed;
    this.pumpReporting();
  }

  /** A failed batch is retried by the next change; the status line counts it meanwhile. */
  private pumpReporting(): void {
    this.pump().catch(() => {
      this.report.failedBatches++;
      this.onReport(this.report);
    });
  }

  stop(): void {
    this.feed?.cancel();
    this.feed = null;
  }

  /** Copies every change not yet in Dexie; resolves when Dexie has caught up with the replica. */
  pump(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        while (await this.copyBatch());
      } while (this.again);
    })().finally(() => (this.running = null));
    return this.running;
  }

  private async since(): Promise<string | number> {
    const row = (await this.database.team.get('mirror')) as TeamMirrorRow | undefined;
    return row?.replica === this.replicaName ? row.seq : 0;
  }

  private async copyBatch(): Promise<boolean> {
    const since = await this.since();
    const { results, last_seq } = await this.local.changes({
      since,
      limit: BATCH,
      include_docs: true,
      conflicts: true,
    });
    if (results.length === 0) return false;
    const prepared = await Promise.all(results.map((change) => this.prepare(change as Change)));
    const { shortlists, shortlistEntries, team } = this.database;
    const resolvedConflicts: { id: string; revs: string[] }[] = [];
    await this.database.transaction('rw', shortlists, shortlistEntries, team, async () => {
      // Entries are written in bulk (one request per batch, not per row), in feed order
      // around the list changes, which are few.
      const puts: ShortlistEntry[] = [];
      const deletes: string[] = [];
      const flush = async () => {
        if (puts.length) await shortlistEntries.bulkPut(puts.splice(0));
        if (deletes.length) await shortlistEntries.bulkDelete(deletes.splice(0));
      };
      for (const item of prepared) {
        if (!item) continue;
        if (item.kind === 'list') {
          await flush();
          await this.applyList(item);
        } else if (item.kind === 'entry') {
          if (item.doc) puts.push(entryRow(item.entryId, item.doc, item.conflict));
          else deletes.push(item.entryId);
          if (item.settled.length) resolvedConflicts.push({ id: item.id, revs: item.settled });
        } else if (item.kind === 'pack') await team.put({ key: 'pack', ...item.pack });
      }
      await flush();
      const previous = (await team.get('mirror')) as TeamMirrorRow | undefined;
      await team.put({
        key: 'mirror',
        replica: this.replicaName,
        seq: last_seq,
        lastSyncedAt: previous?.replica === this.replicaName ? previous.lastSyncedAt : null,
      });
    });
    // Versions that differ in nothing a person edits are one version: drop the extra leaves.
    for (const { id, revs } of resolvedConflicts)
      await this.local.bulkDocs(revs.map((rev) => ({ _id: id, _rev: rev, _deleted: true })));
    this.onReport(this.report);
    return results.length === BATCH;
  }

  private parseVersioned(doc: Doc): boolean {
    const versioned = versionedDocSchema.safeParse(doc);
    if (versioned.success && versioned.data.v > this.supportedVersion) {
      this.report.newerDataVersion = true;
      return false;
    }
    return true;
  }

  private async prepare(change: Change) {
    const { id } = change;
    if (id.startsWith(LIST_PREFIX)) {
      const listId = id.slice(LIST_PREFIX.length);
      if (change.deleted || !change.doc) return { kind: 'list' as const, listId, doc: null, conflict: null };
      if (!this.parseVersioned(change.doc)) return null;
      const doc = this.parse(teamListDocSchema, change.doc);
      if (!doc) return null;
      const losers = await this.versions(teamListDocSchema, change.doc);
      const differing = losers.filter((l) => l.doc.name !== doc.name);
      const conflict: ListConflict | null = differing.length
        ? {
            versions: [listVersion(change.doc._rev, doc), ...differing.map((l) => listVersion(l.rev, l.doc))],
          }
        : null;
      return { kind: 'list' as const, listId, doc, conflict };
    }
    if (id.startsWith(ENTRY_PREFIX)) {
      const entryId = id.slice(ENTRY_PREFIX.length);
      if (change.deleted || !change.doc)
        return { kind: 'entry' as const, id, entryId, doc: null, conflict: null, settled: [] };
      if (!this.parseVersioned(change.doc)) return null;
      const doc = this.parse(teamEntryDocSchema, change.doc);
      if (!doc) return null;
      const losers = await this.versions(teamEntryDocSchema, change.doc);
      const differing = losers.filter((l) => !sameEditedFields(l.doc, doc));
      const settled = differing.length ? [] : losers.map((l) => l.rev);
      const conflict: EntryConflict | null = differing.length
        ? {
            versions: [
              entryVersion(change.doc._rev, doc),
              ...differing.map((l) => entryVersion(l.rev, l.doc)),
            ],
          }
        : null;
      return { kind: 'entry' as const, id, entryId, doc, conflict, settled };
    }
    if (id === CATALOG_PACK_DOC_ID && change.doc && !change.deleted) {
      if (!this.parseVersioned(change.doc)) return null;
      const doc = this.parse(teamPackDocSchema, change.doc);
      if (!doc) return null;
      const { fileName, catalogVersion, asOf, publishedAt, publishedBy } = doc;
      return { kind: 'pack' as const, pack: { fileName, catalogVersion, asOf, publishedAt, publishedBy } };
    }
    return null;
  }

  private parse<T>(
    schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
    doc: Doc,
  ) {
    const parsed = schema.safeParse(doc);
    if (parsed.success) return parsed.data;
    this.report.unreadable++;
    return null;
  }

  /** The conflicting (losing) revisions of a document, read from the replica. */
  private async versions<T>(
    schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
    doc: Doc,
  ): Promise<{ rev: string; doc: T }[]> {
    // Replicas list conflicts in no fixed order: CouchDB's order (longest history, then the
    // revision hash) makes every replica show the versions alike.
    const revs = [...(doc._conflicts ?? [])].sort(byCouchOrder);
    const read = await Promise.all(
      revs.map(async (rev) => {
        const version = await this.local.get(doc._id, { rev });
        const parsed = schema.safeParse(version);
        return parsed.success ? { rev, doc: parsed.data } : null;
      }),
    );
    return read.filter((r): r is { rev: string; doc: T } => r !== null);
  }

  private async applyList(item: { listId: string; doc: TeamListDoc | null; conflict: ListConflict | null }) {
    const { shortlists, shortlistEntries } = this.database;
    const existing = await shortlists.get(item.listId);
    if (!item.doc) {
      await shortlistEntries.where('listId').equals(item.listId).delete();
      await shortlists.delete(item.listId);
      return;
    }
    let position = existing?.position;
    if (position === undefined) {
      const last = await shortlists.orderBy('position').last();
      position = (last?.position ?? 0) + 1;
    }
    const row: Shortlist = {
      id: item.listId,
      name: item.doc.name,
      position,
      createdAt: item.doc.createdAt,
      updatedAt: item.doc.updatedAt,
      sharing: 'team',
    };
    if (item.conflict) row.conflict = item.conflict;
    await shortlists.put(row);
  }
}

function entryRow(id: string, d: TeamEntryDoc, conflict: EntryConflict | null): ShortlistEntry {
  const row: ShortlistEntry = {
    id,
    listId: d.listId,
    programId: d.programId,
    programName: d.programName,
    status: d.status,
    note: d.note,
    deadline: d.deadline,
    reasons: d.reasons,
    position: d.position,
    addedAt: d.addedAt,
    updatedAt: d.updatedAt,
    updatedBy: d.updatedBy,
  };
  if (d.wizardGroup) row.wizardGroup = d.wizardGroup;
  if (conflict) row.conflict = conflict;
  return row;
}

function byCouchOrder(a: string, b: string): number {
  const [ga, ha] = [parseInt(a, 10), a.slice(a.indexOf('-') + 1)];
  const [gb, hb] = [parseInt(b, 10), b.slice(b.indexOf('-') + 1)];
  return gb - ga || (hb > ha ? 1 : hb < ha ? -1 : 0);
}

const listVersion = (rev: string, doc: TeamListDoc) => ({
  rev,
  name: doc.name,
  updatedAt: doc.updatedAt,
  updatedBy: doc.updatedBy,
});
const entryVersion = (rev: string, doc: TeamEntryDoc) => ({
  rev,
  status: doc.status,
  note: doc.note,
  deadline: doc.deadline,
  updatedAt: doc.updatedAt,
  updatedBy: doc.updatedBy,
});
