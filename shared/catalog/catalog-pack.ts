import type { Catalog } from './catalog';
import { readCatalogBytes } from './catalog-bytes';
import { objectMembers } from './json-ranges';
import { MAX_PACK_BYTES } from './limits';
import type { TableIssue } from '../catalog-table/cell-syntax';
import type { CatalogProblem } from './validate';
import { fromBase64, sha256Hex, toBase64, utf8 } from '../signing/bytes';
import { compareAppVersions, manifestSchema, MANIFEST_FORMAT, type Manifest } from '../signing/manifest';
import { verifyEd25519, type PublisherKey, type Signer } from '../signing/publisher-key';
import { extendTrust, signedRotationSchema, type SignedRotation } from '../signing/rotation';

/** A catalog in one file, as `npm run catalog:pack` writes it: a signed manifest, then the catalog. */
export const CATALOG_PACK_FORMAT = 'shien-menu-navi/catalog-pack';
export const CATALOG_PACK_VERSION = 2;

export interface PackProblem extends CatalogProblem {
  file: string;
  kind:
    | 'too-large'
    | 'empty'
    | 'encoding'
    | 'json'
    | 'format'
    | 'not-pack'
    | 'bare-catalog'
    | 'version'
    | 'unsigned'
    | 'manifest'
    | 'unknown-key'
    | 'signature'
    | 'expired'
    | 'app-too-old'
    | 'checksum'
    | 'too-many'
    | 'invalid'
    | 'csv'
    | 'table'
    | 'zip-bomb';
  /** Values the app puts into its sentence for the kind (a date, a key id, a version, a size). */
  params?: Record<string, string | number>;
  /** Tables only: the spreadsheet row (1-based, as Excel numbers it), the column's header as written, and the item inside a multi-line cell. */
  row?: number;
  column?: string;
  item?: number;
  /** Tables only: a syntax problem as a code, for the app to explain in the user's language. */
  issue?: TableIssue;
}

/** Who signed an installed catalog, as the footer and the catalog page show it. */
export interface PackSignature {
  keyId: string;
  publisher: string;
  created: string;
  expires: string;
}

export type ReadPack =
  | { ok: true; catalog: Catalog; signature: PackSignature; catalogBytes: Uint8Array }
  | { ok: false; problems: PackProblem[] };

/** Whom the reader trusts and against what it checks dates and versions. */
export interface PackTrust {
  keys: readonly PublisherKey[];
  now: Date;
  appVersion: string;
}

const CATALOG_KEY = ',"catalog":';
/** The header (format, manifest, signature, rotations) is small; the catalog follows it. */
const MAX_HEADER_BYTES = 64 * 1024;

export interface SignOptions {
  created: Date;
  expires: Date;
  minAppVersion: string;
  rotations?: SignedRotation[];
}

/**
 * A signed pack's text: a header with the manifest (as the exact text that was signed), the
 * Ed25519 signature over it and any key rotation statements, then the catalog's JSON. The
 * manifest carries the SHA-256 and size of the catalog bytes, so the reader verifies the
 * signature and the bytes before parsing anything.
 */
export async function writeSignedPack(
  catalog: Catalog,
  signer: Signer,
  options: SignOptions,
): Promise<string> {
  const json = JSON.stringify(catalog);
  const bytes = utf8(json);
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    catalogVersion: catalog.meta.catalogVersion,
    created: options.created.toISOString(),
    expires: options.expires.toISOString(),
    sha256: await sha256Hex(bytes),
    size: bytes.byteLength,
    minAppVersion: options.minAppVersion,
    keyId: signer.keyId,
  };
  const manifestText = JSON.stringify(manifest);
  const signature = toBase64(await signer.sign(utf8(manifestText)));
  const rotations = options.rotations?.length ? `,"rotations":${JSON.stringify(options.rotations)}` : '';
  return `{"format":"${CATALOG_PACK_FORMAT}","packVersion":${CATALOG_PACK_VERSION},"manifest":${JSON.stringify(manifestText)},"signature":"${signature}"${rotations}${CATALOG_KEY}${json}}`;
}

/**
 * The same layout without a manifest or signature: what the app exports for a maintainer to sign
 * with `npm run catalog:pack -- --key <key> --from <file>`. The app refuses to install it.
 */
export function writeUnsignedPack(catalog: Catalog): string {
  return `{"format":"${CATALOG_PACK_FORMAT}","packVersion":${CATALOG_PACK_VERSION}${CATALOG_KEY}${JSON.stringify(catalog)}}`;
}

type Header = {
  format?: unknown;
  packVersion?: unknown;
  manifest?: unknown;
  signature?: unknown;
  rotations?: unknown;
};

/**
 * Reads a pack, cheapest and most decisive checks first: size; the header's format and version;
 * that it is signed, by a key the app trusts (directly or through a rotation statement signed by
 * one), with a signature that verifies over the manifest; that it has not expired and this app is
 * new enough; that the catalog bytes have the manifest's size and SHA-256. Only then is the
 * catalog parsed, one program at a time, and checked against the schema and rules of data/.
 * Any problem rejects the whole file; the caller changes nothing.
 */
export async function readCatalogPack(file: string, bytes: Uint8Array, trust: PackTrust): Promise<ReadPack> {
  const fail = (
    kind: PackProblem['kind'],
    message: string,
    params?: PackProblem['params'],
    field = '(file)',
  ): ReadPack => ({
    ok: false,
    problems: [{ file, kind, record: '(pack)', field, message, ...(params && { params }) }],
  });
  if (bytes.byteLength > MAX_PACK_BYTES)
    return fail('too-large', 'the file is larger than a pack may be', {
      size: bytes.byteLength,
      limit: MAX_PACK_BYTES,
    });
  if (bytes.byteLength === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09))
    return fail('empty', 'the file is empty');

  const located = locateHeader(bytes);
  if (located === 'encoding') return fail('encoding', 'not UTF-8 text');
  if (located === 'json') return fail('json', 'not JSON');
  if (located === 'bare-catalog' || located === 'not-pack')
    return fail(located, `JSON, but not a "${CATALOG_PACK_FORMAT}" file`);
  const { header, catalogStart, catalogEnd } = located;
  if (header.format !== CATALOG_PACK_FORMAT)
    return fail(notPack(header), `not a "${CATALOG_PACK_FORMAT}" file`);
  if (header.packVersion === 1 || (header.packVersion === 2 && header.manifest === undefined))
    return fail('unsigned', 'the pack is not signed');
  if (header.packVersion !== CATALOG_PACK_VERSION)
    return fail(
      'version',
      `pack version ${String(header.packVersion)}; this app reads ${CATALOG_PACK_VERSION}`,
    );
  if (catalogStart < 0) return fail('json', 'no catalog after the header');

  let manifest: Manifest;
  let rotations: SignedRotation[] = [];
  try {
    manifest = manifestSchema.parse(JSON.parse(String(header.manifest)));
    if (header.rotations !== undefined)
      rotations = signedRotationSchema.array().max(8).parse(header.rotations);
  } catch {
    return fail('manifest', 'the manifest is not readable', undefined, 'manifest');
  }
  const keys = await extendTrust(trust.keys, rotations);
  const key = keys.find((k) => k.keyId === manifest.keyId);
  if (!key)
    return fail('unknown-key', `signed with key ${manifest.keyId}, which this app does not trust`, {
      keyId: manifest.keyId,
    });
  const signature = typeof header.signature === 'string' ? fromBase64(header.signature) : null;
  if (!signature || !(await verifyEd25519(key, signature, utf8(String(header.manifest)))))
    return fail(
      'signature',
      'the signature does not match the manifest: the pack was changed after signing',
      { keyId: key.keyId },
      'signature',
    );
  if (Date.parse(manifest.expires) < trust.now.getTime())
    return fail('expired', `the signature expired on ${manifest.expires}`, { expires: manifest.expires });
  if (compareAppVersions(manifest.minAppVersion, trust.appVersion) > 0)
    return fail('app-too-old', `needs app ${manifest.minAppVersion} or later; this is ${trust.appVersion}`, {
      minAppVersion: manifest.minAppVersion,
      appVersion: trust.appVersion,
    });
  const catalogBytes = bytes.subarray(catalogStart, catalogEnd);
  if (
    catalogBytes.byteLength !== manifest.size ||
    (await sha256Hex(catalogBytes as Uint8Array<ArrayBuffer>)) !== manifest.sha256
  )
    return fail(
      'checksum',
      'the catalog is not the one that was signed: the file was changed or cut short',
      undefined,
      'catalog',
    );

  const read = readCatalogBytes(bytes, [catalogStart, catalogEnd]);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => ({ ...p, file })) };
  if (read.catalog.meta.catalogVersion !== manifest.catalogVersion)
    return fail(
      'manifest',
      `the manifest names version ${manifest.catalogVersion}, the catalog ${read.catalog.meta.catalogVersion}`,
      undefined,
      'catalogVersion',
    );
  return {
    ok: true,
    catalog: read.catalog,
    signature: {
      keyId: key.keyId,
      publisher: key.publisher,
      created: manifest.created,
      expires: manifest.expires,
    },
    catalogBytes,
  };
}

/**
 * The header as JSON (everything before `,"catalog":`, closed with "}") and where the catalog's
 * bytes are: the catalog itself is never decoded as one string.
 */
function locateHeader(
  bytes: Uint8Array,
):
  | { header: Header; catalogStart: number; catalogEnd: number }
  | 'encoding'
  | 'json'
  | 'bare-catalog'
  | 'not-pack' {
  let head: string;
  try {
    // Streaming: a multi-byte character cut at the limit waits for bytes that never come, not an error.
    head = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, MAX_HEADER_BYTES), {
      stream: true,
    });
  } catch {
    return 'encoding';
  }
  const at = head.indexOf(CATALOG_KEY);
  let header: unknown;
  try {
    header = JSON.parse(at < 0 ? head : `${head.slice(0, at)}}`);
  } catch {
    // A file longer than the header window that is not a pack is cut there, not broken: what it
    // is comes from its top-level keys, found in its bytes without decoding it as one string.
    return at < 0 && bytes.byteLength > MAX_HEADER_BYTES ? topLevelKind(bytes) : 'json';
  }
  if (typeof header !== 'object' || header === null) return 'json';
  if (Array.isArray(header)) return 'not-pack';
  if (at < 0) return { header: header, catalogStart: -1, catalogEnd: -1 };
  let end = bytes.byteLength;
  while (end > 0 && [0x20, 0x0a, 0x0d, 0x09].includes(bytes[end - 1]!)) end--;
  if (bytes[end - 1] !== 0x7d) return 'json';
  // The header's characters before `,"catalog":` are its bytes once encoded again.
  return {
    header: header,
    catalogStart: utf8(head.slice(0, at)).byteLength + CATALOG_KEY.length,
    catalogEnd: end - 1,
  };
}

/** What a JSON object that is not a pack is: a catalog's bare JSON (as in data/) or something else. */
const notPack = (object: object): 'bare-catalog' | 'not-pack' =>
  'programs' in object || 'meta' in object ? 'bare-catalog' : 'not-pack';

function topLevelKind(bytes: Uint8Array): 'bare-catalog' | 'not-pack' | 'json' {
  let members: ReturnType<typeof objectMembers>;
  try {
    members = objectMembers(bytes, [0, bytes.byteLength]);
  } catch {
    members = null;
  }
  if (!members) return 'json';
  return members.members.has('format') ? 'json' : notPack(Object.fromEntries(members.members));
}

/**
 * The catalog inside any pack, signed or not, without checking a signature: for the maintainer's
 * `catalog:pack --from`, which signs (or re-signs) what the app exported. Never used to install.
 */
export function readPackContentForSigning(bytes: Uint8Array): ReturnType<typeof readCatalogBytes> {
  const located = locateHeader(bytes);
  if (
    typeof located === 'string' ||
    located.catalogStart < 0 ||
    located.header.format !== CATALOG_PACK_FORMAT
  )
    return {
      ok: false,
      problems: [{ kind: 'json', record: '(file)', field: '(file)', message: 'not a catalog pack' }],
    };
  return readCatalogBytes(bytes, [located.catalogStart, located.catalogEnd]);
}
