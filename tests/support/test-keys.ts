import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Catalog } from '../../shared/catalog/catalog';
import { writeSignedPack, type SignOptions } from '../../shared/catalog/catalog-pack';
import { publisherKeyFor, type PublisherKey, type Signer } from '../../shared/signing/publisher-key';

/** A key pair made at test time: no test ever uses or needs the project's real private key. */
export interface TestKey {
  privateKey: KeyObject;
  publicKey: PublisherKey;
  signer: Signer;
}

export async function makeTestKey(publisher = 'テスト発行元'): Promise<TestKey> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = new Uint8Array(Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url'));
  const key = await publisherKeyFor(raw, publisher, new Date('2026-12-01T00:00:00Z'));
  return {
    privateKey,
    publicKey: key,
    signer: { keyId: key.keyId, sign: async (message) => new Uint8Array(sign(null, message, privateKey)) },
  };
}

/** Signed now, valid for a year, for this app version: what catalog:pack writes by default. */
export function signedPack(
  catalog: Catalog,
  key: TestKey,
  options: Partial<SignOptions> = {},
): Promise<string> {
  const created = options.created ?? new Date();
  return writeSignedPack(catalog, key.signer, {
    created,
    expires: options.expires ?? new Date(created.getTime() + 365 * 24 * 60 * 60 * 1000),
    minAppVersion: options.minAppVersion ?? '0.1.0',
    ...(options.rotations && { rotations: options.rotations }),
  });
}
