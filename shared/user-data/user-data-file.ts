import { z } from 'zod';
import { readJsonFile } from '../format/json-file';
import { valueAt, valueIssue, type ValueIssue } from '../format/value-issue';
import { MAX_LIST_ENTRIES } from '../shortlist/shortlist-file';
import { USER_DATA_TABLES, keyOf, type UserDataRows, type UserDataTable } from './user-data-tables';

/**
 * One file with all of a user's data: what 「すべてのデータを書き出す」 writes, what a restore reads,
 * and what the Electron app's automatic backups are. Versioned; a file from a newer version is
 * refused with that reason rather than misread.
 */
export const USER_DATA_FORMAT = 'shien-menu-navi/user-data';
export const USER_DATA_FORMAT_VERSION = 1;
/** Far above a real user's data (a 20 MB list file is already thousands of notes), far below harm. */
export const MAX_USER_DATA_BYTES = 100 * 1024 * 1024;
const MAX_ROWS = 1_000_000;

const tablesSchema = z.strictObject(
  Object.fromEntries(
    USER_DATA_TABLES.map(({ table, row }) => [table, z.array(row).max(MAX_ROWS).optional()]),
  ) as { [T in UserDataTable]: z.ZodOptional<z.ZodArray<(typeof USER_DATA_TABLES)[number]['row']>> },
);

export const userDataFileSchema = z.strictObject({
  format: z.literal(USER_DATA_FORMAT),
  formatVersion: z.literal(USER_DATA_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  /** The app that wrote it, for whoever reads the file later. */
  appVersion: z.string().max(40),
  catalogVersion: z.string().max(60),
  tables: tablesSchema,
});

export interface UserDataFile {
  format: typeof USER_DATA_FORMAT;
  formatVersion: typeof USER_DATA_FORMAT_VERSION;
  exportedAt: string;
  appVersion: string;
  catalogVersion: string;
  tables: UserDataRows;
}

/** Where in the file a value is: the table, the row (from 1) with its name if it has one, the field. */
export interface UserDataLocation {
  table: string | null;
  row: number | null;
  /** The row's own name or program, as written in the file (text, never markup). */
  label: string | null;
  field: string | null;
}

/** Why a user-data file is refused, as data the UI words. `path` is for tests and logs only. */
export type UserDataProblem = { file: string; path: string } & (
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'not-a-file' }
  | { kind: 'encoding' }
  | { kind: 'empty' }
  | { kind: 'json'; line: number | null; truncated: boolean }
  /** Not a file of ours at all (a list file, say). */
  | { kind: 'format' }
  /** Ours, from a newer version of the app. */
  | { kind: 'newer'; formatVersion: number }
  | { kind: 'value'; at: UserDataLocation; issue: ValueIssue }
  /** Two rows with the same key in one table. */
  | { kind: 'duplicate'; at: UserDataLocation }
  /** A list entry whose list is not in the file. */
  | { kind: 'orphan'; at: UserDataLocation }
  /** A list with more programs than a list may hold (the same limit as a list file's). */
  | { kind: 'list-too-long'; at: UserDataLocation; count: number; limit: number }
);

export type ParsedUserDataFile =
  { ok: true; file: UserDataFile } | { ok: false; problems: UserDataProblem[] };

const MAX_REPORTED = 20;

export function parseUserDataFile(fileName: string, bytes: Uint8Array): ParsedUserDataFile {
  const fail = (problem: UserDataProblem): ParsedUserDataFile => ({ ok: false, problems: [problem] });
  const read = readJsonFile(bytes, MAX_USER_DATA_BYTES);
  if (!read.ok) return fail({ file: fileName, path: '', ...read.problem });
  return checkUserData(fileName, read.json);
}

/** The same checks on a value already parsed (the Electron main process reads its own backups so). */
export function checkUserData(fileName: string, json: unknown): ParsedUserDataFile {
  const fail = (problem: UserDataProblem): ParsedUserDataFile => ({ ok: false, problems: [problem] });
  const format = valueAt(json, ['format']);
  if (format !== USER_DATA_FORMAT) return fail({ file: fileName, path: 'format', kind: 'format' });
  const version = valueAt(json, ['formatVersion']);
  if (typeof version === 'number' && version > USER_DATA_FORMAT_VERSION)
    return fail({ file: fileName, path: 'formatVersion', kind: 'newer', formatVersion: version });
  const parsed = userDataFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, MAX_REPORTED).map((issue) => ({
        file: fileName,
        path: issue.path.map(String).join('.'),
        kind: 'value',
        at: locate(json, issue.path),
        issue: valueIssue(issue, json),
      })),
    };
  const tables = Object.fromEntries(
    USER_DATA_TABLES.map(({ table }) => [table, parsed.data.tables[table] ?? []]),
  ) as UserDataRows;
  const problems = crossRecordProblems(fileName, tables);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_REPORTED) };
  return { ok: true, file: { ...parsed.data, tables } };
}

/** Keys unique within each table; every list entry belongs to a list in the file, under its key. */
function crossRecordProblems(file: string, tables: UserDataRows): UserDataProblem[] {
  const problems: UserDataProblem[] = [];
  for (const { table } of USER_DATA_TABLES) {
    const seen = new Set<string>();
    tables[table].forEach((row, i) => {
      const key = keyOf(table, row);
      if (seen.has(key))
        problems.push({ file, path: `tables.${table}.${i}`, kind: 'duplicate', at: at(table, i, row, null) });
      seen.add(key);
    });
  }
  const lists = new Set(tables.shortlists.map((l) => l.id));
  const perList = new Map<string, number>();
  for (const entry of tables.shortlistEntries)
    perList.set(entry.listId, (perList.get(entry.listId) ?? 0) + 1);
  tables.shortlists.forEach((list, i) => {
    const count = perList.get(list.id) ?? 0;
    if (count > MAX_LIST_ENTRIES)
      problems.push({
        file,
        path: `tables.shortlists.${i}`,
        kind: 'list-too-long',
        at: at('shortlists', i, list, null),
        count,
        limit: MAX_LIST_ENTRIES,
      });
  });
  tables.shortlistEntries.forEach((entry, i) => {
    const path = `tables.shortlistEntries.${i}`;
    if (!lists.has(entry.listId))
      problems.push({ file, path, kind: 'orphan', at: at('shortlistEntries', i, entry, 'listId') });
    else if (entry.id !== `${entry.listId}|${entry.programId}`)
      problems.push({
        file,
        path: `${path}.id`,
        kind: 'value',
        at: at('shortlistEntries', i, entry, 'id'),
        issue: { code: 'invalid' },
      });
  });
  return problems;
}

function at(table: string, index: number, row: unknown, field: string | null): UserDataLocation {
  return { table, row: index + 1, label: rowLabel(row), field };
}

/** A row's own words, so a person can find it: a list's or profile's name, an entry's program. */
function rowLabel(row: unknown): string | null {
  for (const field of ['name', 'programName', 'programId']) {
    const value = valueAt(row, [field]);
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 60);
  }
  return null;
}

/** tables.shortlists[2].name → table "shortlists", row 3 "A大学", field "name". */
function locate(json: unknown, path: readonly PropertyKey[]): UserDataLocation {
  if (path[0] !== 'tables' || typeof path[1] !== 'string')
    return { table: null, row: null, label: null, field: typeof path[0] === 'string' ? path[0] : null };
  const index = typeof path[2] === 'number' ? path[2] : null;
  const field = index !== null && typeof path[3] === 'string' ? path[3] : null;
  return {
    table: path[1],
    row: index === null ? null : index + 1,
    label: index === null ? null : rowLabel(valueAt(json, ['tables', path[1], index])),
    field,
  };
}

export function buildUserDataFile(
  tables: UserDataRows,
  { appVersion, catalogVersion }: { appVersion: string; catalogVersion: string },
  now = new Date(),
): UserDataFile {
  return {
    format: USER_DATA_FORMAT,
    formatVersion: USER_DATA_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    appVersion,
    catalogVersion,
    tables,
  };
}

const WORK_TABLES = USER_DATA_TABLES.filter((t) => t.kind === 'work');

/** How many rows of the user's work a file or a database holds (history not counted). */
export function rowCount(tables: UserDataRows): number {
  return WORK_TABLES.reduce((n, { table }) => n + tables[table].length, 0);
}

/**
 * When the user's work was last changed, as far as its rows say (the newest time any row carries;
 * history not counted). The start-up check compares a database with its newest backup this way,
 * both sides measured alike.
 */
export function lastChange(tables: UserDataRows): string | null {
  let newest: string | null = null;
  for (const { table } of WORK_TABLES)
    for (const row of tables[table] as Record<string, unknown>[])
      for (const field of ['updatedAt', 'addedAt', 'createdAt']) {
        const time = row[field];
        if (typeof time === 'string' && (newest === null || time > newest)) newest = time;
      }
  return newest;
}
