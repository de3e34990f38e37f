import { z } from 'zod';
import { fromBase64, sha256Hex, toBase64 } from './bytes';

export const PUBLISHER_KEY_FORMAT = 'shien-menu-navi/publisher-key';

/**
 * A publisher's public key as a file (`npm run catalog:keygen` writes it beside the private key):
 * what the app ships for the project's own keys and what an organisation adds for its own.
 * The key id is derived from the key, so a file cannot claim another publisher's id.
 */
export const publisherKeySchema = z.strictObject({
  format: z.literal(PUBLISHER_KEY_FORMAT),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** Who holds the private key, as the app shows it: "支援メニューナビ 編集チーム". */
  publisher: z.string().min(1).max(200),
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  created: z.iso.datetime(),
});
export type PublisherKey = z.infer<typeof publisherKeySchema>;

/** The first 8 bytes of SHA-256 of the raw public key, hex: short enough to read aloud on the phone. */
export async function keyIdOf(rawPublicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  return (await sha256Hex(rawPublicKey)).slice(0, 16);
}

/** The whole SHA-256 of the raw key in groups of four, for comparing with the publisher by eye. */
export async function fingerprintOf(key: PublisherKey): Promise<string> {
  const raw = fromBase64(key.publicKey)!;
  return (await sha256Hex(raw)).match(/.{4}/g)!.join(' ');
}

export async function publisherKeyFor(
  rawPublicKey: Uint8Array<ArrayBuffer>,
  publisher: string,
  created: Date,
): Promise<PublisherKey> {
  return {
    format: PUBLISHER_KEY_FORMAT,
    keyId: await keyIdOf(rawPublicKey),
    publisher,
    publicKey: toBase64(rawPublicKey),
    created: created.toISOString(),
  };
}

export type KeyFileProblem = 'not-a-key-file' | 'key-id-mismatch';

/** A key file's text, checked: the schema, then that its key id really is its key's. */
export async function readPublisherKey(
  text: string,
): Promise<{ ok: true; key: PublisherKey } | { ok: false; problem: KeyFileProblem }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-a-key-file' };
  }
  const parsed = publisherKeySchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'not-a-key-file' };
  const raw = fromBase64(parsed.data.publicKey);
  if (!raw || raw.length !== 32) return { ok: false, problem: 'not-a-key-file' };
  if ((await keyIdOf(raw)) !== parsed.data.keyId) return { ok: false, problem: 'key-id-mismatch' };
  return { ok: true, key: parsed.data };
}

/** Ed25519 through WebCrypto: Chromium ≥ 137 and Node 20 both have it. */
export async function verifyEd25519(
  key: PublisherKey,
  signature: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const raw = fromBase64(key.publicKey);
  if (!raw || signature.length !== 64) return false;
  const cryptoKey = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, cryptoKey, signature, message);
}

/** Signs bytes with a private key the caller holds (the CLI, or a test's generated key). */
export type Signer = { keyId: string; sign: (message: Uint8Array<ArrayBuffer>) => Promise<Uint8Array> };
