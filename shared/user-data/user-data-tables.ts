import { z } from 'zod';
import { MAX_LIST_NAME_LENGTH, MAX_NOTE_LENGTH, entryFieldsSchema } from '../shortlist/shortlist';

/**
 * Every kind of user data the app keeps, one entry each: the IndexedDB table, the row's key, and
 * the row's schema. Export, restore, automatic backups and their preview all read this list, so a
 * new kind of user data (a table a later version adds) is one entry here, and a file written
 * before that table existed still reads (its rows are simply none).
 */

/** Times as the app writes them (ISO 8601); lenient, so a row from an older version never blocks a backup. */
const stamp = z.string().max(40);
const key = z.string().min(1).max(300);
const position = z.number().finite();

export const favouriteRowSchema = z.strictObject({ programId: key, addedAt: stamp });

export const noteRowSchema = z.strictObject({
  id: key,
  programId: key,
  text: z.string().max(MAX_NOTE_LENGTH),
  updatedAt: stamp,
});

export const profileRowSchema = z.strictObject({
  id: key,
  name: z.string().trim().min(1).max(200),
  /** The wizard's answers: validated by the wizard when read, as in the database (JSON only here). */
  answers: z.json(),
  updatedAt: stamp,
});

/** Who changed a shared list or entry (team workspaces): a colleague's name. */
const person = z.string().max(200);
const revision = z.string().max(200);

export const shortlistRowSchema = z.strictObject({
  id: key,
  name: z.string().trim().min(1).max(MAX_LIST_NAME_LENGTH),
  position,
  createdAt: stamp,
  updatedAt: stamp,
  /** Shared with a team, or was (renderer/src/db/db.ts); absent for a personal list. */
  sharing: z.enum(['team', 'left-team']).optional(),
  /** Two colleagues renamed it at once, until someone keeps one name. */
  conflict: z
    .strictObject({
      versions: z
        .array(
          z.strictObject({
            rev: revision,
            name: z.string().max(MAX_LIST_NAME_LENGTH),
            updatedAt: stamp,
            updatedBy: person,
          }),
        )
        .max(100),
    })
    .optional(),
});

export const shortlistEntryRowSchema = entryFieldsSchema.extend({
  /** `${listId}|${programId}`: a program is in a list once. */
  id: key,
  listId: key,
  position,
  addedAt: stamp,
  updatedAt: stamp,
  updatedBy: person.optional(),
  /** Colleagues' versions that disagree, until a person resolves them. */
  conflict: z
    .strictObject({
      versions: z
        .array(
          entryFieldsSchema
            .pick({ status: true, note: true, deadline: true })
            .extend({ rev: revision, updatedAt: stamp, updatedBy: person }),
        )
        .max(100),
    })
    .optional(),
});

/** A program the user opened, for the overview's "recently viewed" (Dexie v7). */
export const recentViewRowSchema = z.strictObject({ programId: key, viewedAt: stamp });

/**
 * `kind`: 'work' is what the user made (lists, notes, profiles ...); 'history' is a record of what
 * they looked at. Both go into every file and backup, but history alone never makes the app
 * remind to export or offer a restore (opening a program is not work worth a warning).
 */
export const USER_DATA_TABLES = [
  { table: 'shortlists', key: 'id', row: shortlistRowSchema, kind: 'work' },
  { table: 'shortlistEntries', key: 'id', row: shortlistEntryRowSchema, kind: 'work' },
  { table: 'favourites', key: 'programId', row: favouriteRowSchema, kind: 'work' },
  { table: 'profiles', key: 'id', row: profileRowSchema, kind: 'work' },
  { table: 'notes', key: 'id', row: noteRowSchema, kind: 'work' },
  { table: 'recentViews', key: 'programId', row: recentViewRowSchema, kind: 'history' },
] as const;

export type UserDataTable = (typeof USER_DATA_TABLES)[number]['table'];
export const USER_DATA_TABLE_NAMES: UserDataTable[] = USER_DATA_TABLES.map((t) => t.table);

/** All rows of all user-data tables, as the file holds them and the restore writes them. */
export type UserDataRows = {
  [T in (typeof USER_DATA_TABLES)[number] as T['table']]: z.output<T['row']>[];
};

export function keyOf(table: UserDataTable, row: object): string {
  const { key: field } = USER_DATA_TABLES.find((t) => t.table === table)!;
  return String((row as Record<string, unknown>)[field]);
}
