import { useLiveQuery } from 'dexie-react-hooks';
import type { Program } from '../../../shared/catalog/program';
import { newEntryFields, type EntryFields, type WizardVerdict } from '../../../shared/shortlist/shortlist';
import type { ShortlistFile } from '../../../shared/shortlist/shortlist-file';
import type { EditedEntryFields } from '../../../shared/team/team-docs';
import { db, type NaviDatabase, type Shortlist, type ShortlistEntry } from './db';
import { SharedListUnavailableError, type EntryChange, type SharedListWriter } from './shared-list-writer';
import { MissingRecordError } from './storage-health';

/** A deleted list with its entries, kept by the page so "undo" can put them back exactly. */
export interface DeletedShortlist {
  list: Shortlist;
  entries: ShortlistEntry[];
}

export const entryId = (listId: string, programId: string) => `${listId}|${programId}`;
const stamp = (now: Date) => now.toISOString();
const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

/** Shortlist storage. Every change that touches more than one row is one transaction. */
export class ShortlistStore {
  /** Set by the team session while a team replica is open (issue 18). */
  sharedWriter: SharedListWriter | null = null;

  constructor(private readonly database: NaviDatabase = db) {}

  /**
   * The writer for a list shared with the team, or null for a personal list (and for one no
   * longer shared). Asked before any Dexie transaction: a team write is not a Dexie write.
   */
  private async teamWriterFor(listId: string): Promise<SharedListWriter | null> {
    const list = await this.database.shortlists.get(listId);
    if (list?.sharing !== 'team') return null;
    if (!this.sharedWriter) throw new SharedListUnavailableError('not-open');
    return this.sharedWriter;
  }

  async create(name: string, now = new Date()): Promise<string> {
    const id = crypto.randomUUID();
    await this.database.transaction('rw', this.database.shortlists, async () => {
      const last = await this.database.shortlists.orderBy('position').last();
      await this.database.shortlists.add({
        id,
        name: name.trim(),
        position: (last?.position ?? 0) + 1,
        createdAt: stamp(now),
        updatedAt: stamp(now),
      });
    });
    return id;
  }

  /** A new list already holding these programs, all or nothing. */
  async createWith(
    name: string,
    programs: { program: Pick<Program, 'id' | 'name'>; wizard: WizardVerdict | null }[],
    now = new Date(),
  ): Promise<string> {
    const { shortlists, shortlistEntries } = this.database;
    return this.database.transaction('rw', shortlists, shortlistEntries, async () => {
      const id = await this.create(name, now);
      for (const { program, wizard } of programs) await this.add(id, program, wizard, now);
      return id;
    });
  }

  async rename(id: string, name: string, now = new Date()): Promise<void> {
    const team = await this.teamWriterFor(id);
    if (team) return team.rename(id, name, now);
    const updated = await this.database.shortlists.update(id, { name: name.trim(), updatedAt: stamp(now) });
    if (!updated) throw new MissingRecordError(`no shortlist ${id}`);
  }

  /** Swaps a list with its neighbour above (-1) or below (+1). */
  async move(id: string, direction: -1 | 1): Promise<void> {
    await this.database.transaction('rw', this.database.shortlists, async () => {
      const lists = (await this.database.shortlists.toArray()).sort(byPosition);
      await swapNeighbours(lists, id, direction, (row, position) =>
        this.database.shortlists.update(row.id, { position }),
      );
    });
  }

  async duplicate(id: string, name: string, now = new Date()): Promise<string> {
    const copy = crypto.randomUUID();
    const { shortlists, shortlistEntries } = this.database;
    await this.database.transaction('rw', shortlists, shortlistEntries, async () => {
      const source = await shortlists.get(id);
      if (!source) throw new MissingRecordError(`no shortlist ${id}`);
      const last = await shortlists.orderBy('position').last();
      await shortlists.add({
        id: copy,
        name: name.trim(),
        position: (last?.position ?? 0) + 1,
        createdAt: stamp(now),
        updatedAt: stamp(now),
      });
      const entries = await shortlistEntries.where('listId').equals(id).toArray();
      await shortlistEntries.bulkAdd(
        // The copy is personal: no colleague's name on it, no conflict carried over.
        entries.map(({ conflict: _c, updatedBy: _u, ...e }) => ({
          ...e,
          id: entryId(copy, e.programId),
          listId: copy,
          updatedAt: stamp(now),
        })),
      );
    });
    return copy;
  }

  async delete(id: string): Promise<DeletedShortlist | null> {
    const team = await this.teamWriterFor(id);
    if (team) {
      const list = await this.database.shortlists.get(id);
      const { entries } = await team.deleteList(id);
      return list ? { list, entries } : null;
    }
    const { shortlists, shortlistEntries } = this.database;
    return this.database.transaction('rw', shortlists, shortlistEntries, async () => {
      const list = await shortlists.get(id);
      if (!list) return null;
      const entries = await shortlistEntries.where('listId').equals(id).toArray();
      await shortlistEntries.where('listId').equals(id).delete();
      await shortlists.delete(id);
      return { list, entries };
    });
  }

  async restore(deleted: DeletedShortlist, now = new Date()): Promise<void> {
    if (deleted.list.sharing === 'team' && this.sharedWriter)
      return this.sharedWriter.restoreList(deleted.list.id, deleted.list.name, deleted.entries, now);
    const { shortlists, shortlistEntries } = this.database;
    await this.database.transaction('rw', shortlists, shortlistEntries, async () => {
      await shortlists.put(deleted.list);
      await shortlistEntries.bulkPut(deleted.entries);
    });
  }

  /**
   * Adds a program at the end of a list, with the wizard's group and reasons when added from a
   * result; already there, it keeps its status, note and the wizard's word it was added with.
   */
  async add(
    listId: string,
    program: Pick<Program, 'id' | 'name'>,
    wizard: WizardVerdict | null = null,
    now = new Date(),
  ) {
    const team = await this.teamWriterFor(listId);
    if (team) return team.add(listId, program, wizard, now);
    const { shortlists, shortlistEntries } = this.database;
    await this.database.transaction('rw', shortlists, shortlistEntries, async () => {
      if (!(await shortlists.get(listId))) throw new MissingRecordError(`no shortlist ${listId}`);
      const id = entryId(listId, program.id);
      const existing = await shortlistEntries.get(id);
      if (existing) {
        if (wizard && !existing.reasons.length && !existing.wizardGroup)
          await shortlistEntries.update(id, { reasons: wizard.reasons, wizardGroup: wizard.group });
        return;
      }
      const entries = await shortlistEntries.where('listId').equals(listId).toArray();
      await shortlistEntries.add({
        ...newEntryFields(program, wizard),
        id,
        listId,
        position: Math.max(0, ...entries.map((e) => e.position)) + 1,
        addedAt: stamp(now),
        updatedAt: stamp(now),
      });
      await shortlists.update(listId, { updatedAt: stamp(now) });
    });
  }

  async remove(listId: string, programId: string): Promise<ShortlistEntry | null> {
    const team = await this.teamWriterFor(listId);
    if (team) return team.remove(listId, programId);
    return this.database.transaction('rw', this.database.shortlistEntries, async () => {
      const id = entryId(listId, programId);
      const entry = await this.database.shortlistEntries.get(id);
      await this.database.shortlistEntries.delete(id);
      return entry ?? null;
    });
  }

  async restoreEntry(entry: ShortlistEntry, now = new Date()): Promise<void> {
    const team = await this.teamWriterFor(entry.listId);
    if (team) return team.restoreEntry(entry, now);
    await this.database.shortlistEntries.put(entry);
  }

  async update(listId: string, programId: string, change: EntryChange, now = new Date()): Promise<void> {
    const team = await this.teamWriterFor(listId);
    if (team) return team.update(listId, programId, change, now);
    const updated = await this.database.shortlistEntries.update(entryId(listId, programId), {
      ...change,
      updatedAt: stamp(now),
    });
    // Removed in another window meanwhile: say so rather than drop the user's change silently.
    if (!updated) throw new MissingRecordError(`no entry ${programId} in shortlist ${listId}`);
  }

  async moveEntry(listId: string, programId: string, direction: -1 | 1): Promise<void> {
    const team = await this.teamWriterFor(listId);
    if (team) return team.moveEntry(listId, programId, direction);
    const table = this.database.shortlistEntries;
    await this.database.transaction('rw', table, async () => {
      const entries = (await table.where('listId').equals(listId).toArray()).sort(byPosition);
      await swapNeighbours(entries, entryId(listId, programId), direction, (row, position) =>
        table.update(row.id, { position }),
      );
    });
  }

  /**
   * Ends an entry's conflict with what a person chose. In a list still shared, on the team (every
   * replica ends with the same version); in a list no longer shared, here only.
   */
  async resolveConflict(listId: string, programId: string, chosen: EditedEntryFields, now = new Date()) {
    const team = await this.teamWriterFor(listId);
    if (team) return team.resolveEntry(listId, programId, chosen, now);
    const table = this.database.shortlistEntries;
    await this.database.transaction('rw', table, async () => {
      const id = entryId(listId, programId);
      const entry = await table.get(id);
      if (!entry) return;
      const { conflict: _resolved, ...rest } = entry;
      await table.put({ ...rest, ...chosen, updatedAt: stamp(now) });
    });
  }

  /** The lists and their entries, as a shortlist file holds them. */
  async forFile(listIds: string[]): Promise<{ name: string; entries: EntryFields[] }[]> {
    const { shortlists, shortlistEntries } = this.database;
    return this.database.transaction('r', shortlists, shortlistEntries, async () =>
      Promise.all(
        listIds.map(async (id) => {
          const list = await shortlists.get(id);
          if (!list) throw new MissingRecordError(`no shortlist ${id}`);
          const entries = (await shortlistEntries.where('listId').equals(id).toArray()).sort(byPosition);
          return {
            name: list.name,
            entries: entries.map(
              ({ programId, programName, status, note, deadline, reasons, wizardGroup }) => ({
                programId,
                programName,
                status,
                note,
                deadline,
                reasons,
                ...(wizardGroup && { wizardGroup }),
              }),
            ),
          };
        }),
      ),
    );
  }

  /**
   * Adds a colleague's lists as new lists, all or none. A name already taken gets a suffix:
   * an import never writes into, or over, a list the user has.
   */
  async importFile(file: ShortlistFile, suffix: (name: string, n: number) => string, now = new Date()) {
    const { shortlists, shortlistEntries, programs } = this.database;
    return this.database.transaction('rw', shortlists, shortlistEntries, programs, async () => {
      // The catalog names its programs, not the file: a known id gets the catalog's name; an
      // unknown one keeps the file's name (shown as unknown) and is counted.
      const ids = [...new Set(file.lists.flatMap((l) => l.entries.map((e) => e.programId)))];
      const known = new Map(
        (await programs.bulkGet(ids)).flatMap((p) => (p ? [[p.id, p.name] as const] : [])),
      );
      let unknown = 0;
      const existing = await shortlists.toArray();
      const taken = new Set(existing.map((l) => l.name));
      let position = Math.max(0, ...existing.map((l) => l.position));
      const created: string[] = [];
      for (const list of file.lists) {
        let name = list.name;
        for (let n = 1; taken.has(name); n++) name = suffix(list.name, n);
        taken.add(name);
        const id = crypto.randomUUID();
        created.push(id);
        await shortlists.add({
          id,
          name,
          position: ++position,
          createdAt: stamp(now),
          updatedAt: stamp(now),
        });
        // A file may list a program twice in one list; the first one wins, as in the app.
        const seen = new Set<string>();
        const entries = list.entries
          .filter((e) => !seen.has(e.programId) && seen.add(e.programId))
          .map((e) => ({ ...e, programName: known.get(e.programId) ?? e.programName }));
        unknown += entries.filter((e) => !known.has(e.programId)).length;
        await shortlistEntries.bulkAdd(
          entries.map((entry, i) => ({
            ...entry,
            id: entryId(id, entry.programId),
            listId: id,
            position: i + 1,
            addedAt: stamp(now),
            updatedAt: stamp(now),
          })),
        );
      }
      return { created, unknown };
    });
  }
}

async function swapNeighbours<T extends { id: string; position: number }>(
  rows: T[],
  id: string,
  direction: -1 | 1,
  write: (row: T, position: number) => Promise<unknown>,
) {
  const at = rows.findIndex((r) => r.id === id);
  const other = rows[at + direction];
  if (at < 0 || !other) return;
  const row = rows[at]!;
  await Promise.all([write(row, other.position), write(other, row.position)]);
}

export const shortlists = new ShortlistStore();

export interface ShortlistSummary extends Shortlist {
  count: number;
}

export function useShortlists(): ShortlistSummary[] | undefined {
  return useLiveQuery(async () => {
    const [lists, entries] = await Promise.all([db.shortlists.toArray(), db.shortlistEntries.toArray()]);
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(e.listId, (counts.get(e.listId) ?? 0) + 1);
    return lists.sort(byPosition).map((l) => ({ ...l, count: counts.get(l.id) ?? 0 }));
  }, []);
}

/** An entry with its program from the current catalog, or null when the catalog no longer has it. */
export interface ShortlistRow {
  entry: ShortlistEntry;
  program: Program | null;
}

export function useShortlist(id: string): { list: Shortlist; rows: ShortlistRow[] } | null | undefined {
  return useLiveQuery(async () => {
    const list = await db.shortlists.get(id);
    if (!list) return null;
    const entries = (await db.shortlistEntries.where('listId').equals(id).toArray()).sort(byPosition);
    const programs = await db.programs.bulkGet(entries.map((e) => e.programId));
    return { list, rows: entries.map((entry, i) => ({ entry, program: programs[i] ?? null })) };
  }, [id]);
}

/** The lists a program is in. */
export function useListsOfProgram(programId: string): Set<string> | undefined {
  return useLiveQuery(
    async () =>
      new Set(
        (await db.shortlistEntries.where('programId').equals(programId).toArray()).map((e) => e.listId),
      ),
    [programId],
  );
}

/** The catalog's id and name for each entry's program (null where the catalog does not know it). */
export async function entryPrograms(entries: ShortlistEntry[]): Promise<(ProgramName | null)[]> {
  const programs = await db.programs.bulkGet(entries.map((e) => e.programId));
  return programs.map((p) => (p ? { id: p.id, name: p.name } : null));
}
export type ProgramName = Pick<Program, 'id' | 'name'>;

/** Every entry with an internal deadline, soonest first, with its list's name and its program. */
export function useDeadlines():
  { entry: ShortlistEntry; listName: string; program: ProgramName | null }[] | undefined {
  return useLiveQuery(async () => {
    const lists = new Map((await db.shortlists.toArray()).map((l) => [l.id, l.name]));
    // A team entry can arrive before its list: shown once the list is there.
    const entries = (await db.shortlistEntries.where('deadline').above('').sortBy('deadline')).filter(
      (entry) => lists.has(entry.listId),
    );
    const programs = await entryPrograms(entries);
    return entries.map((entry, i) => ({ entry, listName: lists.get(entry.listId)!, program: programs[i]! }));
  }, []);
}
