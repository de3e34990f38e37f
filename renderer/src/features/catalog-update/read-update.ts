import { compareCatalogVersions, type Catalog, type CatalogMeta } from '../../../../shared/catalog/catalog';
import type { DocumentNames } from './field-change-words';
import { ProgramDiff, type ProgramChange } from '../../../../shared/catalog/catalog-diff';
import {
  readCatalogPack,
  type PackProblem,
  type PackSignature,
  type PackTrust,
} from '../../../../shared/catalog/catalog-pack';
import { proposeLocalVersion } from '../../../../shared/catalog/local-version';
import type { Program } from '../../../../shared/catalog/program';
import { keepInstalledSpelling } from '../../../../shared/catalog-table/cp932-round-trip';
import { isTableFile, readTableFile } from '../../../../shared/catalog-table/read-table-file';
import {
  addToVocabulary,
  checkVocabulary,
  glossaryVocabulary,
  type VocabularyWarning,
} from '../../../../shared/catalog-table/vocabulary-check';
import type { ProgramDelta } from '../../db/catalog-update';
import type { CatalogMetaRow, NaviDatabase } from '../../db/db';
import { readRecordsBesidePrograms } from './installed-catalog';

/** Programs listed by name in the preview; the counts say how many more there are. */
export const PREVIEW_LISTED = 50;
/** Installed programs read per step of the diff: a national catalog is never held twice. */
const DIFF_CHUNK = 5_000;

/** Where the checked file's catalog comes from: a trusted publisher's signed pack, or the user's own table. */
export type UpdateSource =
  | { kind: 'signed'; signature: PackSignature }
  | {
      kind: 'local-edit';
      /** The version written in the table, and the one the app proposes to install it as. */
      tableVersion: string;
      proposedVersion: string;
      vocabulary: VocabularyWarning[];
    };

/** What applying a file would change: small enough to post from the worker at any catalog size. */
export interface UpdatePreview {
  file: string;
  meta: CatalogMeta;
  source: UpdateSource;
  installed: CatalogMetaRow | null;
  counts: { added: number; changed: number; removed: number; unchanged: number };
  added: Pick<Program, 'id' | 'name'>[];
  changed: ProgramChange[];
  removed: Pick<Program, 'id' | 'name'>[];
  /** Programs in the user's lists or favourites that the update removes or changes. */
  affectedRemoved: string[];
  affectedChanged: string[];
  /** The cited documents' titles and publishers, for the preview to name a changed quote's document. */
  documents: DocumentNames;
}

export type ReadUpdate =
  | { ok: true; preview: UpdatePreview; catalog: Catalog; bytes: Blob | undefined; delta: ProgramDelta }
  | { ok: false; file: string; problems: PackProblem[] };

/** A chosen file read and checked: its catalog, and for a signed pack its signature and catalog bytes. */
type ChosenFile =
  | {
      ok: true;
      table: boolean;
      catalog: Catalog;
      signature: PackSignature | null;
      /** The pack's catalog bytes as signed, kept for undo as a Blob (see readChosenFile). */
      kept: Blob | undefined;
      shiftJis: boolean;
    }
  | { ok: false; problems: PackProblem[] };

/**
 * Reads and checks the chosen file. Its bytes are not needed after this (a pack's catalog bytes
 * are kept as a Blob: a slice of `source`, the chosen file itself, where the page passed it, else a
 * copy), so a caller that drops its own reference lets ~140 MB go before the diff reads the
 * installed catalog. A separate function on purpose: an async function's parameters stay alive
 * until it returns.
 */
async function readChosenFile(
  database: NaviDatabase,
  file: string,
  bytes: Uint8Array,
  trust: PackTrust,
  source: Blob | undefined,
): Promise<ChosenFile> {
  const table = isTableFile(file);
  const read = table
    ? await readTableFile(file, bytes, await readRecordsBesidePrograms(database))
    : await readCatalogPack(file, bytes, trust);
  if (!read.ok) return { ok: false, problems: read.problems };
  const signed = 'signature' in read ? read : null;
  const catalogBytes = signed?.catalogBytes;
  const start = catalogBytes ? catalogBytes.byteOffset - bytes.byteOffset : 0;
  return {
    ok: true,
    table,
    catalog: read.catalog,
    signature: signed?.signature ?? null,
    kept:
      catalogBytes &&
      (source ? source.slice(start, start + catalogBytes.byteLength) : new Blob([catalogBytes as BlobPart])),
    shiftJis: 'shiftJis' in read && read.shiftJis === true,
  };
}

/**
 * Validates a chosen file (a signed catalog pack, or a program table whose other records are the
 * installed catalog's) and, if it is a good catalog, works out what applying it would change.
 * `input.bytes` is taken (set to null) once read: the caller's message no longer holds the file.
 */
export async function readUpdate(
  database: NaviDatabase,
  file: string,
  input: { bytes: Uint8Array | null; source?: Blob | undefined },
  trust: PackTrust,
): Promise<ReadUpdate> {
  const bytes = input.bytes;
  if (!bytes) throw new Error('the file was already read');
  input.bytes = null;
  const read = await readChosenFile(database, file, bytes, trust, input.source);
  if (!read.ok) return { ok: false, file, problems: read.problems };
  const { catalog, table, shiftJis, signature } = read;

  const installed = (await database.meta.get('catalog')) ?? null;
  // An unedited Shift_JIS table gives back 〜 as ～ and the like: those are not the user's changes.
  const diff = new ProgramDiff(
    catalog.programs,
    PREVIEW_LISTED,
    shiftJis ? keepInstalledSpelling : undefined,
  );
  const vocabulary = glossaryVocabulary();
  let last: string | null = null;
  for (;;) {
    const chunk: Program[] = await (
      last === null
        ? database.programs.orderBy(':id').limit(DIFF_CHUNK)
        : database.programs.where(':id').above(last).limit(DIFF_CHUNK)
    ).toArray();
    if (!chunk.length) break;
    diff.compare(chunk);
    if (table) addToVocabulary(vocabulary, chunk);
    last = chunk.at(-1)!.id;
  }
  const summary = diff.finish();
  const differs = new Set([...summary.changedIds, ...summary.addedIds]);
  const [entries, favourites] = await Promise.all([
    database.shortlistEntries.toArray(),
    database.favourites.toArray(),
  ]);
  const usersPrograms = new Set([...entries.map((e) => e.programId), ...favourites.map((f) => f.programId)]);
  const named = (programs: Program[]) => programs.map(({ id, name }) => ({ id, name }));
  const source: UpdateSource = signature
    ? { kind: 'signed', signature }
    : {
        kind: 'local-edit',
        tableVersion: catalog.meta.catalogVersion,
        proposedVersion: proposeLocalVersion(
          installed?.catalogVersion ?? '0000.00.00-0',
          catalog.meta.catalogVersion,
          trust.now,
        ),
        vocabulary: checkVocabulary(catalog.programs, vocabulary),
      };
  return {
    ok: true,
    catalog,
    bytes: read.kept,
    delta: {
      installedLoadedAt: installed?.loadedAt ?? null,
      upsert: catalog.programs.filter((p) => differs.has(p.id)),
      removedIds: summary.removedIds,
    },
    preview: {
      file,
      meta: catalog.meta,
      source,
      installed,
      counts: summary.counts,
      added: named(summary.added),
      changed: summary.changed,
      removed: named(summary.removed),
      affectedRemoved: summary.removedIds.filter((id) => usersPrograms.has(id)),
      affectedChanged: summary.changedIds.filter((id) => usersPrograms.has(id)),
      documents: Object.fromEntries(
        catalog.sources.map((d) => [d.file, { title: d.title, publisher: d.publisher }]),
      ),
    },
  };
}

/** A local edit's version must look like one and be newer than the installed catalog. */
export function localVersionProblem(
  version: string,
  installed: string | undefined,
): 'format' | 'not-newer' | null {
  if (!/^\d{4}\.\d{2}\.\d{2}-\d+$/.test(version)) return 'format';
  if (installed && compareCatalogVersions(version, installed) <= 0) return 'not-newer';
  return null;
}
