import { RECORD_KINDS, type Catalog } from './catalog';
import { validateCatalog, type CatalogProblem } from './validate';

/** A catalog in one file, as `npm run catalog:pack` and the app's export write it. */
export const CATALOG_PACK_FORMAT = 'shien-menu-navi/catalog-pack';
export const CATALOG_PACK_VERSION = 1;
/** Checked against the file size before anything is read: a national catalog is ~100 MB. */
export const MAX_PACK_BYTES = 200 * 1024 * 1024;
/** More records than any real catalog: a million-item array is refused before validation. */
export const MAX_RECORDS_PER_KIND = 300_000;

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
    'too-large' | 'empty' | 'encoding' | 'json' | 'format' | 'version' | 'checksum' | 'too-many' | 'invalid';
}

export type ReadPack = { ok: true; catalog: Catalog } | { ok: false; problems: PackProblem[] };

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The catalog's JSON with every object's keys sorted, so the checksum depends on the content only,
 * not on the order a tool or a schema parser happened to write keys in.
 */
export function canonicalCatalogJson(catalog: Catalog): string {
  return JSON.stringify(catalog, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

export async function buildCatalogPack(catalog: Catalog): Promise<CatalogPack> {
  return {
    format: CATALOG_PACK_FORMAT,
    packVersion: CATALOG_PACK_VERSION,
    checksum: await sha256Hex(canonicalCatalogJson(catalog)),
    catalog,
  };
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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('encoding', 'not UTF-8 text');
  }
  if (!text.trim()) return fail('empty', 'the file holds only whitespace');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A RangeError here is a nesting too deep for the parser: the file is not a catalog either way.
    return fail('json', error instanceof Error ? error.message : String(error));
  }
  const pack = json as Partial<CatalogPack> | null;
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
  const result = validateCatalog(catalog);
  if (!result.ok) {
    return {
      ok: false,
      problems: result.problems.slice(0, 100).map((p) => ({ ...p, file, kind: 'invalid' as const })),
    };
  }
  if (
    typeof pack.checksum !== 'string' ||
    pack.checksum !== (await sha256Hex(canonicalCatalogJson(result.catalog)))
  )
    return fail(
      'checksum',
      'the checksum does not match the content: the file was changed or cut short',
      '(pack)',
      'checksum',
    );
  return { ok: true, catalog: result.catalog };
}
