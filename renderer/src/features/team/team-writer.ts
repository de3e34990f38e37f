import type { Program } from '../../../../shared/catalog/program';
import { newEntryFields, type WizardVerdict } from '../../../../shared/shortlist/shortlist';
import {
  ENTRY_PREFIX,
  TEAM_DATA_VERSION,
  entryDocId,
  listDocId,
  type EditedEntryFields,
  type TeamEntryDoc,
  type TeamListDoc,
} from '../../../../shared/team/team-docs';
import type { NaviDatabase, ShortlistEntry } from '../../db/db';
import type { EntryChange, SharedListWriter } from '../../db/shared-list-writer';
import type { PouchDatabase, PouchDoc } from './pouch-types';

type Stored<T> = T & { _id: string; _rev?: string; _conflicts?: string[] };
const stamp = (now: Date) => now.toISOString();

/**
 * Shared-list writes, into the local replica of the team database. Each document carries the
 * data version and who changed it when, which is what a person sees beside a conflict.
 */
export class TeamWriter implements SharedListWriter {
  constructor(
    private readonly local: PouchDatabase,
    private readonly database: NaviDatabase,
    private readonly author: string,
    /** Throws when this copy of the app must not write to the team (see TeamSession). */
    private readonly assertWritable: () => void = () => {},
    /** Told of every revision written (the randomised test checks none is ever lost). */
    private readonly onWritten: (id: string, rev: string) => void = () => {},
  ) {}

  private async put(doc: PouchDoc) {
    const { id, rev } = await this.local.put(doc);
    this.onWritten(id, rev);
  }

  private async bulk(docs: PouchDoc[]) {
    const results = await this.local.bulkDocs(docs);
    for (const r of results) if ('ok' in r && r.ok) this.onWritten(r.id, r.rev);
    return results;
  }

  /** Puts a personal list and its entries into the team database and marks it shared. */
  async share(listId: string, now = new Date()): Promise<void> {
    this.assertWritable();
    const { shortlists, shortlistEntries } = this.database;
    const [list, entries] = await this.database.transaction('r', shortlists, shortlistEntries, () =>
      Promise.all([shortlists.get(listId), shortlistEntries.where('listId').equals(listId).toArray()]),
    );
    if (!list) throw new Error(`no shortlist ${listId}`);
    const listDoc: TeamListDoc = {
      _id: listDocId(listId),
      type: 'list',
      v: TEAM_DATA_VERSION,
      name: list.name,
      createdAt: list.createdAt,
      updatedAt: stamp(now),
      updatedBy: this.author,
    };
    const result = await this.bulk([listDoc, ...entries.map((entry) => this.entryDoc(entry, now))]);
    const failed = result.filter((r) => 'error' in r && r.error);
    if (failed.length) throw new Error(`sharing failed for ${failed.length} documents`);
    await shortlists.update(listId, { sharing: 'team' });
  }

  async rename(listId: string, name: string, now: Date): Promise<void> {
    await this.change<TeamListDoc>(listDocId(listId), (doc) => ({ ...doc, name: name.trim() }), now);
  }

  async deleteList(listId: string): Promise<{ entries: ShortlistEntry[] }> {
    this.assertWritable();
    const entries = await this.database.shortlistEntries.where('listId').equals(listId).toArray();
    const ids = [listDocId(listId), ...entries.map((e) => `${ENTRY_PREFIX}${e.id}`)];
    const current = await this.local.allDocs({ keys: ids });
    const deletions = current.rows.flatMap((row) =>
      'value' in row && row.value && !row.value.deleted
        ? [{ _id: row.id, _rev: row.value.rev, _deleted: true }]
        : [],
    );
    await this.bulk(deletions);
    return { entries };
  }

  async restoreList(listId: string, name: string, entries: ShortlistEntry[], now: Date): Promise<void> {
    this.assertWritable();
    const createdAt = stamp(now);
    const docs = [
      {
        _id: listDocId(listId),
        type: 'list',
        v: TEAM_DATA_VERSION,
        name,
        createdAt,
        updatedAt: createdAt,
        updatedBy: this.author,
      },
      ...entries.map((entry) => this.entryDoc(entry, now)),
    ];
    // A deleted document is brought back by writing on top of its tombstone.
    await this.bulk(docs);
  }

  /** As for a personal list: an entry already there keeps the wizard's word it was added with. */
  async add(listId: string, program: Pick<Program, 'id' | 'name'>, wizard: WizardVerdict | null, now: Date) {
    this.assertWritable();
    const id = entryDocId(listId, program.id);
    const existing = await this.read<TeamEntryDoc>(id);
    if (existing) {
      if (wizard && !existing.reasons.length && !existing.wizardGroup)
        await this.change<TeamEntryDoc>(
          id,
          (d) => ({ ...d, reasons: wizard.reasons, wizardGroup: wizard.group }),
          now,
        );
      return;
    }
    const entries = await this.database.shortlistEntries.where('listId').equals(listId).toArray();
    const entry: ShortlistEntry = {
      ...newEntryFields(program, wizard),
      id: `${listId}|${program.id}`,
      listId,
      position: Math.max(0, ...entries.map((e) => e.position)) + 1,
      addedAt: stamp(now),
      updatedAt: stamp(now),
    };
    await this.put(this.entryDoc(entry, now));
  }

  async remove(listId: string, programId: string): Promise<ShortlistEntry | null> {
    this.assertWritable();
    const entry = (await this.database.shortlistEntries.get(`${listId}|${programId}`)) ?? null;
    const doc = await this.read<TeamEntryDoc>(entryDocId(listId, programId));
    if (doc?._rev) await this.put({ _id: doc._id, _rev: doc._rev, _deleted: true });
    return entry;
  }

  async restoreEntry(entry: ShortlistEntry, now: Date): Promise<void> {
    this.assertWritable();
    await this.put(this.entryDoc(entry, now));
  }

  async update(listId: string, programId: string, change: EntryChange, now: Date): Promise<void> {
    await this.change<TeamEntryDoc>(entryDocId(listId, programId), (doc) => ({ ...doc, ...change }), now);
  }

  async moveEntry(listId: string, programId: string, direction: -1 | 1): Promise<void> {
    this.assertWritable();
    const entries = (await this.database.shortlistEntries.where('listId').equals(listId).toArray()).sort(
      (a, b) => a.position - b.position,
    );
    const at = entries.findIndex((e) => e.programId === programId);
    const other = entries[at + direction];
    const row = entries[at];
    if (!row || !other) return;
    const now = new Date();
    await this.change<TeamEntryDoc>(
      entryDocId(listId, row.programId),
      (d) => ({ ...d, position: other.position }),
      now,
    );
    await this.change<TeamEntryDoc>(
      entryDocId(listId, other.programId),
      (d) => ({ ...d, position: row.position }),
      now,
    );
  }

  /**
   * Ends a conflict with what a person chose (one version, or their merge): the chosen fields go
   * on top of the current version and every other version is deleted, on every replica alike.
   */
  async resolveEntry(listId: string, programId: string, chosen: EditedEntryFields, now = new Date()) {
    this.assertWritable();
    const id = entryDocId(listId, programId);
    const doc = await this.local.get<TeamEntryDoc>(id, { conflicts: true });
    const losers = (doc as Stored<TeamEntryDoc>)._conflicts ?? [];
    const { _conflicts: _ignored, ...current } = doc as Stored<TeamEntryDoc>;
    await this.bulk([
      { ...current, ...chosen, updatedAt: stamp(now), updatedBy: this.author },
      ...losers.map((rev) => ({ _id: id, _rev: rev, _deleted: true })),
    ]);
  }

  async resolveListName(listId: string, name: string, now = new Date()) {
    this.assertWritable();
    const id = listDocId(listId);
    const doc = await this.local.get<TeamListDoc>(id, { conflicts: true });
    const losers = (doc as Stored<TeamListDoc>)._conflicts ?? [];
    const { _conflicts: _ignored, ...current } = doc as Stored<TeamListDoc>;
    await this.bulk([
      { ...current, name, updatedAt: stamp(now), updatedBy: this.author },
      ...losers.map((rev) => ({ _id: id, _rev: rev, _deleted: true })),
    ]);
  }

  private entryDoc(entry: ShortlistEntry, now: Date): TeamEntryDoc {
    return {
      _id: `${ENTRY_PREFIX}${entry.id}`,
      type: 'entry',
      v: TEAM_DATA_VERSION,
      listId: entry.listId,
      position: entry.position,
      addedAt: entry.addedAt,
      programId: entry.programId,
      programName: entry.programName,
      status: entry.status,
      note: entry.note,
      deadline: entry.deadline,
      reasons: entry.reasons,
      ...(entry.wizardGroup && { wizardGroup: entry.wizardGroup }),
      updatedAt: stamp(now),
      updatedBy: this.author,
    };
  }

  private async read<T extends object>(id: string): Promise<Stored<T> | null> {
    try {
      return await this.local.get<T>(id);
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    }
  }

  /** Read, change, write; once more if another write (the mirror settling a conflict) got in between. */
  private async change<T extends object>(id: string, edit: (doc: Stored<T>) => Stored<T>, now: Date) {
    this.assertWritable();
    for (let attempt = 0; ; attempt++) {
      const doc = await this.read<T>(id);
      if (!doc) throw new Error(`no ${id} in the team database`);
      try {
        await this.put({ ...edit(doc), updatedAt: stamp(now), updatedBy: this.author });
        return;
      } catch (error) {
        if ((error as { status?: number }).status !== 409 || attempt > 2) throw error;
      }
    }
  }
}
