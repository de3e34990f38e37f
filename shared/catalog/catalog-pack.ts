import { RECORD_KINDS, type Catalog } from './catalog';
import { MAX_PACK_BYTES, MAX_RECORDS_PER_KIND } from './limits';
import type { TableIssue } from '../catalog-table/cell-syntax';
import { validateCatalog, type CatalogProblem } from './validate';
import { errorMessage } from '../error-message';

/** A catalog in one file, as `npm run catalog:pack` and the app's export write it. */
export const CATALOG_PACK_FORMAT = 'shien-menu-navi/catalog-pack';
export const CATALOG_PACK_VERSION = 1;

export interface CatalogPack {
  format: typeof CATALOG_PACK_FORMAT;
  packVersion: typeof CATALOG_PACK_VERSION;
  /** SHA-256 of the canonical JSON of `catalog`, hex: a truncated or edited file is caught. */
  checksum: string;
  catalog: Catalog;
}

export interface PackProblem extends CatalogProblem {
  file: string;
  kind:
    | 'too-large'
    | 'empty'
    | 'encoding'
    | 'json'
    | 'format'
    | 'version'
    | 'checksum'
    | 'too-many'
    | 'invalid'
    | 'csv'
    | 'table';
  /** Tables only: the spreadsheet row (1-based, as Excel numbers it), the column's header as written, and the item inside a multi-line cell. */
  row?: number;
  column?: string;
  item?: number;
  /** Tables only: a syntax problem as a code, for the app to explain in the user's language. */
  issue?: TableIssue;
}

export type ReadPack = { ok: true; catalog: Catalog } | { ok: false; problems: PackProblem[] };

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The header every pack starts with, byte for byte; the catalog's JSON follows, then "}". */
const HEADER = (checksum: string) =>
  `{"format":"${CATALOG_PACK_FORMAT}","packVersion":${CATALOG_PACK_VERSION},"checksum":"${checksum}","catalog":`;
const HEADER_PATTERN = new RegExp(
  `^\\{"format":"${CATALOG_PACK_FORMAT}","packVersion":${CATALOG_PACK_VERSION},"checksum":"([0-9a-f]{64})","catalog":`,
);

/**
 * A pack's text. The checksum is SHA-256 of the catalog's JSON exactly as written after the
 * header, so the reader verifies the bytes it was given (natively, without re-serialising a
 * national catalog): any edit or truncation of the content changes them.
 */
export async function writeCatalogPack(catalog: unknown): Promise<string> {
  const json = JSON.stringify(catalog);
  return `${HEADER(await sha256Hex(new TextEncoder().encode(json)))}${json}}`;
}

/**
 * Reads a pack from its bytes, cheapest checks first: size, emptiness, encoding, JSON, format and
 * version, record counts, checksum, then the full schema and cross-record rules of data/.
 * Any problem rejects the whole file; the caller changes nothing.
 */
export async function readCatalogPack(file: string, bytes: Uint8Array): Promise<ReadPack> {
  const fail = (
    kind: PackProblem['kind'],
    message: string,
    record = '(file)',
    field = '(file)',
  ): ReadPack => ({
    ok: false,
    problems: [{ file, kind, record, field, message }],
  });
  if (bytes.byteLength > MAX_PACK_BYTES) return fail('too-large', `${bytes.byteLength} bytes`);
  if (bytes.byteLength === 0) return fail('empty', 'the file is empty');
  // Decoding and parsing happen in a helper, so the ~300 MB text of a national catalog is garbage
  // as soon as it is parsed instead of living as long as this function.
  const parsed = parseJson(bytes);
  if ('problem' in parsed) return fail(parsed.problem.kind, parsed.problem.message);
  const pack = parsed.json as Partial<CatalogPack> | null;
  if (typeof pack !== 'object' || pack === null || Array.isArray(pack) || pack.format !== CATALOG_PACK_FORMAT)
    return fail('format', `not a "${CATALOG_PACK_FORMAT}" file`, '(pack)', 'format');
  if (pack.packVersion !== CATALOG_PACK_VERSION)
    return fail(
      'version',
      `pack version ${String(pack.packVersion)}; this app reads ${CATALOG_PACK_VERSION}`,
      '(pack)',
      'packVersion',
    );
  const catalog = pack.catalog as Record<string, unknown> | undefined;
  if (typeof catalog !== 'object' || catalog === null)
    return fail('format', 'no catalog in the file', '(pack)', 'catalog');
  for (const kind of [...RECORD_KINDS, 'sources'] as const) {
    const records = catalog[kind];
    if (Array.isArray(records) && records.length > MAX_RECORDS_PER_KIND)
      return fail('too-many', `${records.length} records (at most ${MAX_RECORDS_PER_KIND})`, kind, '(list)');
  }
  if (!(await checksumMatches(bytes)))
    return fail(
      'checksum',
      'the checksum does not match the content: the file was changed or cut short',
      '(pack)',
      'checksum',
    );
  const result = validateCatalog(catalog);
  if (!result.ok) {
    return {
      ok: false,
      problems: result.problems.slice(0, 100).map((p) => ({ ...p, file, kind: 'invalid' as const })),
    };
  }
  return { ok: true, catalog: result.catalog };
}

async function checksumMatches(bytes: Uint8Array): Promise<boolean> {
  // The header is ASCII, so its characters are its bytes.
  const head = new TextDecoder().decode(bytes.subarray(0, 200));
  const match = HEADER_PATTERN.exec(head);
  if (!match) return false;
  let end = bytes.byteLength;
  while (end > 0 && [0x20, 0x0a, 0x0d, 0x09].includes(bytes[end - 1]!)) end--;
  if (bytes[end - 1] !== 0x7d) return false;
  const content = bytes.slice(match[0].length, end - 1);
  return (await sha256Hex(content)) === match[1];
}

function parseJson(
  bytes: Uint8Array,
): { json: unknown } | { problem: { kind: PackProblem['kind']; message: string } } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: { kind: 'encoding', message: 'not UTF-8 text' } };
  }
  if (!text.trim()) return { problem: { kind: 'empty', message: 'the file holds only whitespace' } };
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    // A RangeError here is a nesting too deep for the parser: the file is not a catalog either way.
    return { problem: { kind: 'json', message: errorMessage(error) } };
  }
}
