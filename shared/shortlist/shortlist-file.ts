import { z } from 'zod';
import { MAX_LIST_NAME_LENGTH, entryFieldsSchema, type EntryFields } from './shortlist';
import { errorMessage } from '../error-message';

/** A file one copy of the app writes and another imports, to pass lists to a colleague. */
export const SHORTLIST_FILE_FORMAT = 'shien-menu-navi/shortlists';
export const MAX_SHORTLIST_FILE_BYTES = 20 * 1024 * 1024;

export const shortlistFileSchema = z.strictObject({
  format: z.literal(SHORTLIST_FILE_FORMAT),
  /** 2 since reasons carry typed params; a version 1 file's reasons are read as their old words. */
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.iso.datetime(),
  /** The catalog the names and reasons were taken from. */
  catalogVersion: z.string().max(40),
  lists: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(MAX_LIST_NAME_LENGTH),
        entries: z.array(entryFieldsSchema).max(5_000),
      }),
    )
    .min(1)
    .max(500),
});
export type ShortlistFile = z.infer<typeof shortlistFileSchema>;

export interface FileProblem {
  file: string;
  /** Where in the file: "lists[0].entries[3].status", or "" for the file as a whole. */
  path: string;
  kind: 'too-large' | 'encoding' | 'json' | 'format' | 'value';
  detail: string;
}

export type ParsedShortlistFile = { ok: true; file: ShortlistFile } | { ok: false; problems: FileProblem[] };

/** Validates the bytes of a shortlist file. Never partially accepts: any problem rejects the file. */
export function parseShortlistFile(fileName: string, bytes: Uint8Array): ParsedShortlistFile {
  const fail = (kind: FileProblem['kind'], detail: string, path = ''): ParsedShortlistFile => ({
    ok: false,
    problems: [{ file: fileName, path, kind, detail }],
  });
  if (bytes.byteLength > MAX_SHORTLIST_FILE_BYTES) return fail('too-large', `${bytes.byteLength} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('encoding', 'not UTF-8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('json', errorMessage(error));
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== SHORTLIST_FILE_FORMAT
  ) {
    return fail('format', `format is not "${SHORTLIST_FILE_FORMAT}"`, 'format');
  }
  const parsed = shortlistFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, 20).map((issue) => ({
      file: fileName,
      path: formatPath(issue.path),
      kind: 'value',
      detail: issue.message,
    })),
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
    formatVersion: 2,
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
