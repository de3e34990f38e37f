import { dequal } from 'dequal';
import { USER_DATA_TABLES, keyOf, type UserDataRows, type UserDataTable } from './user-data-tables';

/**
 * What restoring a file would do, table by table, before anything is written:
 * - `added`: rows in the file this app does not have (both ways add them);
 * - `changed`: rows both have, different in the file (replacing takes the file's, merging keeps
 *   this app's);
 * - `onlyHere`: rows this app has and the file does not (replacing removes them, merging keeps them).
 */
export interface TableDiff<Row = object> {
  added: Row[];
  changed: { here: Row; file: Row }[];
  same: number;
  onlyHere: Row[];
}
export type UserDataDiff = Record<UserDataTable, TableDiff>;
export type RestoreMode = 'merge' | 'replace';

export function diffUserData(here: UserDataRows, file: UserDataRows): UserDataDiff {
  return Object.fromEntries(
    USER_DATA_TABLES.map(({ table }) => {
      const current = new Map((here[table] as object[]).map((row) => [keyOf(table, row), row]));
      const incoming = new Set<string>();
      const diff: TableDiff = { added: [], changed: [], same: 0, onlyHere: [] };
      for (const row of file[table] as object[]) {
        const key = keyOf(table, row);
        incoming.add(key);
        const mine = current.get(key);
        if (!mine) diff.added.push(row);
        else if (dequal(mine, row)) diff.same++;
        else diff.changed.push({ here: mine, file: row });
      }
      diff.onlyHere = [...current].filter(([key]) => !incoming.has(key)).map(([, row]) => row);
      return [table, diff];
    }),
  ) as UserDataDiff;
}

/** The counts a preview shows for one mode. */
export function restoreCounts(diff: UserDataDiff, mode: RestoreMode) {
  let added = 0;
  let replaced = 0;
  let removed = 0;
  for (const { table } of USER_DATA_TABLES) {
    added += diff[table].added.length;
    if (mode === 'replace') {
      replaced += diff[table].changed.length;
      removed += diff[table].onlyHere.length;
    }
  }
  return { added, replaced, removed };
}

/**
 * What the tables hold after the restore. Replace: exactly the file. Merge: everything here as it
 * is, plus the file's rows this app lacks; lists it adds go after the user's own, and entries it
 * adds to a list the user already has go at that list's end, in the file's order.
 */
export function restoredRows(here: UserDataRows, file: UserDataRows, mode: RestoreMode): UserDataRows {
  if (mode === 'replace') return file;
  const diff = diffUserData(here, file);
  const merged = Object.fromEntries(
    USER_DATA_TABLES.map(({ table }) => [table, [...here[table], ...diff[table].added]]),
  ) as UserDataRows;
  let lastList = Math.max(0, ...here.shortlists.map((l) => l.position));
  const addedLists = new Set((diff.shortlists.added as UserDataRows['shortlists']).map((l) => l.id));
  merged.shortlists = [
    ...here.shortlists,
    ...(diff.shortlists.added as UserDataRows['shortlists'])
      .sort((a, b) => a.position - b.position)
      .map((list) => ({ ...list, position: ++lastList })),
  ];
  const lastEntry = new Map<string, number>();
  for (const entry of here.shortlistEntries)
    lastEntry.set(entry.listId, Math.max(lastEntry.get(entry.listId) ?? 0, entry.position));
  merged.shortlistEntries = [
    ...here.shortlistEntries,
    ...(diff.shortlistEntries.added as UserDataRows['shortlistEntries'])
      .sort((a, b) => a.position - b.position)
      .map((entry) => {
        if (addedLists.has(entry.listId)) return entry;
        const position = (lastEntry.get(entry.listId) ?? 0) + 1;
        lastEntry.set(entry.listId, position);
        return { ...entry, position };
      }),
  ];
  return merged;
}
