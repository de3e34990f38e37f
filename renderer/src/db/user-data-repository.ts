import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { restoredRows, type RestoreMode } from '../../../shared/user-data/user-data-diff';
import type { UserDataFile } from '../../../shared/user-data/user-data-file';
import {
  USER_DATA_TABLE_NAMES,
  USER_DATA_TABLES,
  type UserDataRows,
  type UserDataTable,
} from '../../../shared/user-data/user-data-tables';
import { db, type NaviDatabase } from './db';

/** Every user-data table, read in one transaction so the picture is never half old, half new. */
export async function readUserData(database: NaviDatabase = db): Promise<UserDataRows> {
  return database.transaction('r', USER_DATA_TABLE_NAMES, async () => {
    const rows = await Promise.all(USER_DATA_TABLES.map(({ table }) => database.table(table).toArray()));
    return Object.fromEntries(USER_DATA_TABLES.map(({ table }, i) => [table, rows[i]])) as UserDataRows;
  });
}

/**
 * Restores a checked file, all or nothing: one read-write transaction over every user-data table
 * reads what is here, works out the result (user-data-diff.ts) and writes it. A failure anywhere,
 * a full disk included, rolls all of it back; nothing catches inside, since a BulkError caught
 * inside a Dexie transaction would commit the rows that did get written.
 */
export async function restoreUserData(
  file: UserDataFile,
  mode: RestoreMode,
  database: NaviDatabase = db,
): Promise<void> {
  await database.transaction('rw', USER_DATA_TABLE_NAMES, async () => {
    const here = await readUserData(database);
    const next = restoredRows(here, file.tables, mode);
    for (const { table } of USER_DATA_TABLES) {
      await database.table(table).clear();
      await database.table(table).bulkAdd(next[table]);
    }
  });
}

/** The user's data, live (another window's edits included): for the preview and the reminders. */
export function useUserData(): UserDataRows | undefined {
  return useLiveQuery(() => readUserData(), []);
}

/**
 * The file's row schemas (shared/user-data/user-data-tables.ts) and the database's row types name
 * the same fields: a field added to one and not the other fails to compile here, rather than be
 * left out of every backup or make every restore refuse the file.
 */
type SameFields<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type FileRow<T extends UserDataTable> = UserDataRows[T][number];
type DatabaseRow<T extends UserDataTable> = NaviDatabase[T] extends Table<infer R> ? R : never;
/** One line per user-data table, required by its type: a new table cannot be left unchecked. */
export const ROW_FIELDS_AGREE: { [T in UserDataTable]: SameFields<FileRow<T>, DatabaseRow<T>> } = {
  shortlists: true,
  shortlistEntries: true,
  favourites: true,
  profiles: true,
  notes: true,
  recentViews: true,
};
