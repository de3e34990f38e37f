import type { Program } from '../../../shared/catalog/program';
import type { EntryFields, WizardVerdict } from '../../../shared/shortlist/shortlist';
import type { EditedEntryFields } from '../../../shared/team/team-docs';
import type { ShortlistEntry } from './db';

export type EntryChange = Partial<Pick<EntryFields, 'status' | 'note' | 'deadline'>>;

/**
 * Writes to a list shared with a team. They go to the local replica of the team database, not
 * to Dexie: the mirror copies them into Dexie, as it copies colleagues' changes, so there is one
 * source of truth for shared data and the same live queries show both.
 */
export interface SharedListWriter {
  rename(listId: string, name: string, now: Date): Promise<void>;
  /** Returns what undo needs to put the list back. */
  deleteList(listId: string): Promise<{ entries: ShortlistEntry[] }>;
  restoreList(listId: string, name: string, entries: ShortlistEntry[], now: Date): Promise<void>;
  add(
    listId: string,
    program: Pick<Program, 'id' | 'name'>,
    wizard: WizardVerdict | null,
    now: Date,
  ): Promise<void>;
  remove(listId: string, programId: string): Promise<ShortlistEntry | null>;
  restoreEntry(entry: ShortlistEntry, now: Date): Promise<void>;
  update(listId: string, programId: string, change: EntryChange, now: Date): Promise<void>;
  moveEntry(listId: string, programId: string, direction: -1 | 1): Promise<void>;
  resolveEntry(listId: string, programId: string, chosen: EditedEntryFields, now: Date): Promise<void>;
}

/** A shared list cannot be written now: no team replica is open, or the team needs a newer app. */
export class SharedListUnavailableError extends Error {
  constructor(readonly reason: 'not-open' | 'newer-data-version') {
    super(`shared list cannot be written: ${reason}`);
    // Named for classifyWriteError, which explains each to the user in words.
    this.name = reason === 'newer-data-version' ? 'SharedListNewerData' : 'SharedListClosed';
  }
}
