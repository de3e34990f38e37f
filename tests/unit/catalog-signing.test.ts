import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import type { Catalog } from '../../shared/catalog/catalog';
import { readCatalogPack, writeUnsignedPack, type PackTrust } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';
import { manifestSchema } from '../../shared/signing/manifest';
import { fingerprintOf, readPublisherKey } from '../../shared/signing/publisher-key';
import { signRotation } from '../../shared/signing/rotation';
import { SHIPPED_KEYS } from '../../shared/signing/trusted-keys';
import { makeTestKey, signedPack, type TestKey } from '../support/test-keys';

const embedded = (): Catalog => {
  const result = validateCatalog(structuredClone(embeddedCatalogData));
  if (!result.ok) throw new Error('invalid embedded catalog');
  return result.catalog;
};
const bytes = (text: string) => new TextEncoder().encode(text);

let publisher: TestKey;
let stranger: TestKey;
let trust: PackTrust;
beforeAll(async () => {
  publisher = await makeTestKey('A大学 産学連携本部');
  stranger = await makeTestKey('知らない発行元');
  trust = { keys: [publisher.publicKey], now: new Date(), appVersion: '0.1.0' };
});

async function refusal(text: string, withTrust = trust) {
  const read = await readCatalogPack('pack.json', bytes(text), withTrust);
  return read.ok ? 'accepted' : read.problems[0]!.kind;
}

/** The pack with its manifest's text replaced, the signature left as it was. */
function withManifest(pack: string, edit: (manifest: Record<string, unknown>) => void): string {
  const header = JSON.parse(pack.slice(0, pack.indexOf(',"catalog":')) + '}') as { manifest: string };
  const manifest = JSON.parse(header.manifest) as Record<string, unknown>;
  edit(manifest);
  return pack.replace(JSON.stringify(header.manifest), JSON.stringify(JSON.stringify(manifest)));
}

describe('signed catalog packs', () => {
  it('accepts a pack signed by a trusted key and says who signed it and when', async () => {
    const created = new Date('2026-12-01T09:00:00Z');
    const pack = await signedPack(embedded(), publisher, { created });
    const read = await readCatalogPack('pack.json', bytes(pack), { ...trust, now: new Date('2027-01-01') });
    expect(read.ok && read.signature).toEqual({
      keyId: publisher.publicKey.keyId,
      publisher: 'A大学 産学連携本部',
      created: '2026-12-01T09:00:00.000Z',
      expires: '2027-12-01T09:00:00.000Z',
    });
    expect(read.ok && read.catalog).toEqual(embedded());
  });

  it.each(Object.keys(manifestSchema.shape))(
    'refuses a pack whose manifest field "%s" was changed after signing',
    async (field) => {
      const pack = await signedPack(embedded(), publisher);
      const tampered = withManifest(pack, (m) => {
        const value = m[field];
        m[field] =
          typeof value === 'number'
            ? value + 1
            : field === 'keyId'
              ? stranger.publicKey.keyId
              : field === 'created' || field === 'expires'
                ? '2099-01-01T00:00:00.000Z'
                : field === 'sha256'
                  ? '0'.repeat(64)
                  : field === 'catalogVersion'
                    ? '2099.01.01-1'
                    : field === 'minAppVersion'
                      ? '0.0.1'
                      : `${String(value)}x`;
      });
      expect(tampered).not.toBe(pack);
      // A changed key id names a key the app does not trust; any other change breaks the signature
      // (or, for the format, makes the manifest unreadable before the signature is even checked).
      expect(await refusal(tampered, { ...trust, keys: [publisher.publicKey, stranger.publicKey] })).toBe(
        field === 'format' ? 'manifest' : 'signature',
      );
    },
  );

  it('refuses a pack whose catalog differs by one byte: a contact e-mail changed to a look-alike', async () => {
    const pack = await signedPack(embedded(), publisher);
    const mail = embedded()
      .programs.flatMap((p) => p.contacts)
      .find((c) => c.mail)!.mail!;
    const phishing = pack.replace(
      mail,
      mail.replace(/.$/, (ch) => (ch === 'p' ? 'q' : 'p')),
    );
    expect(bytes(phishing).length).toBe(bytes(pack).length);
    expect(await refusal(phishing)).toBe('checksum');
  });

  it('refuses a pack signed by another key, whether it says so or claims the trusted key id', async () => {
    expect(await refusal(await signedPack(embedded(), stranger))).toBe('unknown-key');
    const forged = await signedPack(embedded(), {
      ...stranger,
      signer: { keyId: publisher.publicKey.keyId, sign: stranger.signer.sign },
    });
    expect(await refusal(forged)).toBe('signature');
  });

  it('refuses an expired pack, one that needs a newer app, and an unsigned one', async () => {
    const old = await signedPack(embedded(), publisher, {
      created: new Date('2024-01-01'),
      expires: new Date('2025-01-01'),
    });
    expect(await refusal(old)).toBe('expired');
    expect(await refusal(await signedPack(embedded(), publisher, { minAppVersion: '99.0.0' }))).toBe(
      'app-too-old',
    );
    expect(await refusal(writeUnsignedPack(embedded()))).toBe('unsigned');
  });

  it('trusts a new key through a rotation statement signed by a trusted key, and only then', async () => {
    const successor = await makeTestKey('A大学 産学連携本部（新しい鍵）');
    const rotation = await signRotation(publisher.signer, successor.publicKey, new Date());
    const pack = await signedPack(embedded(), successor, { rotations: [rotation] });
    const read = await readCatalogPack('pack.json', bytes(pack), trust);
    expect(read.ok && read.signature.keyId).toBe(successor.publicKey.keyId);

    const byStranger = await signRotation(stranger.signer, successor.publicKey, new Date());
    expect(await refusal(await signedPack(embedded(), successor, { rotations: [byStranger] }))).toBe(
      'unknown-key',
    );
    const altered = {
      ...rotation,
      statement: rotation.statement.replace(successor.publicKey.keyId, stranger.publicKey.keyId),
    };
    expect(await refusal(await signedPack(embedded(), stranger, { rotations: [altered] }))).toBe(
      'unknown-key',
    );
  });

  it('ships the project’s current and next public keys, each a valid key file with its own id', async () => {
    expect(SHIPPED_KEYS.map((k) => k.role)).toEqual(['current', 'next']);
    for (const key of SHIPPED_KEYS) {
      const { role: _role, ...file } = key;
      expect(await readPublisherKey(JSON.stringify(file))).toEqual({ ok: true, key: file });
      expect(await fingerprintOf(file)).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    }
  });

  it('refuses a key file whose id was edited to look like another key', async () => {
    const edited = { ...publisher.publicKey, keyId: stranger.publicKey.keyId };
    expect(await readPublisherKey(JSON.stringify(edited))).toEqual({ ok: false, problem: 'key-id-mismatch' });
    expect(await readPublisherKey('{"format":"x"}')).toEqual({ ok: false, problem: 'not-a-key-file' });
  });
});
