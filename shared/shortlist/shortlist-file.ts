import { z } from 'zod';
import { MAX_LIST_NAME_LENGTH, entryFieldsSchema, type EntryFields } from './shortlist';
import { readJsonFile } from '../format/json-file';
import { valueAt, valueIssue, type ValueIssue } from '../format/value-issue';

/** A file one copy of the app writes and another imports, to pass lists to a colleague. */
export const SHORTLIST_FILE_FORMAT = 'shien-menu-navi/shortlists';
export const MAX_SHORTLIST_FILE_BYTES = 20 * 1024 * 1024;
/** The most programs one list may hold in a file, whichever file brings it in (list file or user data). */
export const MAX_LIST_ENTRIES = 5_000;
/** The newest formatVersion this app reads; a higher one was written by a newer app. */
export const SHORTLIST_FILE_VERSION = 3;

export const shortlistFileSchema = z.strictObject({
  format: z.literal(SHORTLIST_FILE_FORMAT),
  /**
   * 2 since reasons carry typed params (a version 1 file's reasons are read as their old words);
   * 3 since entries may carry the wizard's group (wizardGroup).
   */
  formatVersion: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  exportedAt: z.iso.datetime(),
  /** The catalog the names and reasons were taken from. */
  catalogVersion: z.string().max(40),
  lists: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(MAX_LIST_NAME_LENGTH),
        entries: z.array(entryFieldsSchema).max(MAX_LIST_ENTRIES),
      }),
    )
    .min(1)
    .max(500),
});
export type ShortlistFile = z.infer<typeof shortlistFileSchema>;

/** Where in a list file a value is: numbers count from 1, names are the file's own (as text). */
export interface ListFileLocation {
  list: number | null;
  listName: string | null;
  entry: number | null;
  programName: string | null;
  /** The field's key in the file (status, note, deadline …), or null for the list or entry itself. */
  field: string | null;
}

/**
 * A reason a list file is refused, as data: the UI words it in its language. `path` is where in
 * the file ("lists[0].entries[3].status", "" for the whole file), for tests and logs only.
 */
export type FileProblem = { file: string; path: string } & (
  | { kind: 'too-large'; bytes: number; limit: number }
  /** A folder, device or pipe chosen instead of a file (the Electron main process refuses to read it). */
  | { kind: 'not-a-file' }
  | { kind: 'encoding' }
  /** Nothing in it (0 bytes, or only spaces): a failed save or download, not a cut-off file. */
  | { kind: 'empty' }
  /** Written by a newer version of the app, in a format this one does not know. */
  | { kind: 'newer-version'; version: number }
  | { kind: 'json'; line: number | null; truncated: boolean }
  | { kind: 'format' }
  | { kind: 'value'; at: ListFileLocation; issue: ValueIssue }
);

export type ParsedShortlistFile = { ok: true; file: ShortlistFile } | { ok: false; problems: FileProblem[] };

export const MAX_REPORTED_PROBLEMS = 20;

/** Validates the bytes of a shortlist file. Never partially accepts: any problem rejects the file. */
export function parseShortlistFile(fileName: string, bytes: Uint8Array): ParsedShortlistFile {
  const fail = (problem: FileProblem): ParsedShortlistFile => ({ ok: false, problems: [problem] });
  const read = readJsonFile(bytes, MAX_SHORTLIST_FILE_BYTES);
  if (!read.ok) return fail({ file: fileName, path: '', ...read.problem });
  const { json } = read;
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== SHORTLIST_FILE_FORMAT
  ) {
    return fail({ file: fileName, path: 'format', kind: 'format' });
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SHORTLIST_FILE_VERSION)
    return fail({ file: fileName, path: 'formatVersion', kind: 'newer-version', version });
  const parsed = shortlistFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, MAX_REPORTED_PROBLEMS).map((issue) => ({
      file: fileName,
      path: formatPath(issue.path),
      kind: 'value',
      at: locate(json, issue.path),
      issue: valueIssue(issue, json),
    })),
  };
}

/** lists[0].entries[3].status → list 1 "A大学", entry 4 "COI-NEXT", field "status". */
function locate(json: unknown, path: readonly PropertyKey[]): ListFileLocation {
  const index = (at: number) => (typeof path[at] === 'number' ? path[at] : null);
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() ? value.trim().slice(0, 60) : null;
  const list = path[0] === 'lists' ? index(1) : null;
  const entry = list !== null && path[2] === 'entries' ? index(3) : null;
  const fieldAt = entry !== null ? 4 : list !== null ? 2 : 0;
  const field = path[fieldAt];
  return {
    list: list === null ? null : list + 1,
    listName: list === null ? null : text(valueAt(json, ['lists', list, 'name'])),
    entry: entry === null ? null : entry + 1,
    programName:
      entry === null ? null : text(valueAt(json, ['lists', list!, 'entries', entry, 'programName'])),
    field: typeof field === 'string' ? field : null,
  };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

export function buildShortlistFile(
  lists: { name: string; entries: EntryFields[] }[],
  catalogVersion: string,
  now = new Date(),
): ShortlistFile {
  return {
    format: SHORTLIST_FILE_FORMAT,
    formatVersion: SHORTLIST_FILE_VERSION,
    exportedAt: now.toISOString(),
    catalogVersion,
    lists,
  };
}

/** Reasons a file holds that this version cannot show (written by a newer version): kept as such. */
export function unreadableReasonCount(file: ShortlistFile): number {
  return file.lists
    .flatMap((list) => list.entries)
    .flatMap((entry) => entry.reasons)
    .filter((reason) => reason.code === 'unreadable').length;
}

/**
 * Entries that name a program already earlier in the same list: an import keeps the first one
 * (as the app itself never lists a program twice) and says how many it merged.
 */
export function duplicateEntryCount(file: ShortlistFile): number {
  return file.lists.reduce(
    (count, list) => count + list.entries.length - new Set(list.entries.map((e) => e.programId)).size,
    0,
  );
}
