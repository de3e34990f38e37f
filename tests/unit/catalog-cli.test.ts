import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { writeUnsignedPack } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';
import { catalogToTable } from '../../shared/catalog-table/program-table';
import { toXlsx } from '../../shared/export/xlsx';
import { readPublisherKey } from '../../shared/signing/publisher-key';
import { runMain, type CliIo } from '../../electron/cli/cli-io';
import { main as keygen } from '../../electron/cli/catalog-keygen';
import { main as pack } from '../../electron/cli/catalog-pack';
import { main as verify } from '../../electron/cli/catalog-verify';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'catalog-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command's main() in this process, as `npm run` would, and collects what it prints. */
async function run(
  name: string,
  main: (argv: string[], io: CliIo) => Promise<number>,
  argv: string[],
  { now = new Date(), env = { CATALOG_KEY_PASSPHRASE: PASSPHRASE } } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMain(name, main, argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
    now: () => now,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function newKey(sub: string, extra: string[] = []) {
  const out = path.join(dir, sub);
  const result = await run('catalog:keygen', keygen, [
    '--out',
    out,
    '--publisher',
    `発行元 ${sub}`,
    ...extra,
  ]);
  expect(result).toMatchObject({ code: 0 });
  const files = readdirSync(out);
  const file = (suffix: string) =>
    path.join(
      out,
      files.find((f) => f.endsWith(suffix))!,
    );
  return { privateKey: file('.key.pem'), publicKey: file('.pub.json'), dir: out, files };
}

const embedded = () => {
  const result = validateCatalog(structuredClone(embeddedCatalogData));
  if (!result.ok) throw new Error('invalid embedded catalog');
  return result.catalog;
};

describe('npm run catalog:keygen', () => {
  it('writes a passphrase-protected private key readable only by its owner, and the public key file', async () => {
    const key = await newKey('main');
    const pem = readFileSync(key.privateKey, 'utf8');
    expect(pem).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(statSync(key.privateKey).mode & 0o777).toBe(0o600);
    const publicKey = await readPublisherKey(readFileSync(key.publicKey, 'utf8'));
    expect(publicKey.ok && publicKey.key.publisher).toBe('発行元 main');
    expect(key.files.find((f) => f.endsWith('.key.pem'))).toBe(
      `catalog-signing-${publicKey.ok && publicKey.key.keyId}.key.pem`,
    );
  });

  it('refuses to write a private key inside a repository, and a short passphrase', async () => {
    const inside = await run('catalog:keygen', keygen, [
      '--out',
      path.resolve('keys-here'),
      '--publisher',
      'x',
    ]);
    expect(inside).toMatchObject({ code: 2, err: expect.stringContaining('inside the repository') });
    const short = await run(
      'catalog:keygen',
      keygen,
      ['--out', path.join(dir, 'short'), '--publisher', 'x'],
      {
        env: { CATALOG_KEY_PASSPHRASE: 'abc' },
      },
    );
    expect(short).toMatchObject({ code: 2, err: expect.stringContaining('at least 8 characters') });
  });
});

describe('npm run catalog:pack -- --key and npm run catalog:verify', () => {
  it('signs data/ and verifies it: exit 0 with the key id and the version', async () => {
    const key = await newKey('sign');
    const out = path.join(dir, 'signed.json');
    const packed = await run('catalog:pack', pack, ['--key', key.privateKey, '--out', out]);
    expect(packed).toMatchObject({
      code: 0,
      out: expect.stringContaining(`catalog ${embeddedCatalogVersion}`),
    });
    const keyId = JSON.parse(readFileSync(key.publicKey, 'utf8')).keyId as string;
    const verified = await run('catalog:verify', verify, [out, '--trust', key.publicKey]);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(`catalog ${embeddedCatalogVersion}`);
    expect(verified.out).toContain(`key ${keyId}`);
  });

  it('exits non-zero naming the reason for a tampered, unsigned, unknown-key, expired or malformed pack', async () => {
    const key = await newKey('reasons');
    const out = path.join(dir, 'reasons.json');
    await run('catalog:pack', pack, ['--key', key.privateKey, '--out', out, '--valid-days', '30']);
    const text = readFileSync(out, 'utf8');
    const mail = embedded()
      .programs.flatMap((p) => p.contacts)
      .find((c) => c.mail)!.mail!;
    const cases: [string, string, string[]?, Date?][] = [
      ['tampered.json', text.replace(mail, `x${mail.slice(1)}`), undefined],
      ['unsigned.json', writeUnsignedPack(embedded())],
      ['unknown.json', text, []],
      ['expired.json', text, undefined, new Date(Date.now() + 60 * 24 * 60 * 60 * 1000)],
      ['malformed.json', text.slice(0, 100)],
    ];
    const reasons: string[] = [];
    for (const [name, content, trust = ['--trust', key.publicKey], now] of cases) {
      writeFileSync(path.join(dir, name), content);
      const result = await run(
        'catalog:verify',
        verify,
        [path.join(dir, name), ...trust],
        now ? { now } : {},
      );
      expect(result.code).toBe(1);
      reasons.push(/REFUSED \S+: ([\w-]+):/.exec(result.err)![1]!);
    }
    expect(reasons).toEqual(['checksum', 'unsigned', 'unknown-key', 'expired', 'json']);
  });

  it('signs a maintainer’s program table (.xlsx) with data/’s other records, and an exported unsigned pack', async () => {
    const key = await newKey('table');
    const catalog = embedded();
    catalog.meta = { ...catalog.meta, catalogVersion: '2027.04.01-1' };
    catalog.programs[0] = { ...catalog.programs[0]!, name: '表で直した名称' };
    const xlsx = path.join(dir, 'programs.xlsx');
    writeFileSync(xlsx, await toXlsx(catalogToTable(catalog), 'プログラム'));
    const fromTable = path.join(dir, 'from-table.json');
    expect(
      (await run('catalog:pack', pack, ['--key', key.privateKey, '--from', xlsx, '--out', fromTable])).code,
    ).toBe(0);
    const verified = await run('catalog:verify', verify, [fromTable, '--trust', key.publicKey]);
    expect(verified).toMatchObject({ code: 0, out: expect.stringContaining('catalog 2027.04.01-1') });
    expect(readFileSync(fromTable, 'utf8')).toContain('表で直した名称');

    const exported = path.join(dir, 'exported-unsigned.json');
    writeFileSync(exported, writeUnsignedPack(catalog));
    const fromExport = path.join(dir, 'from-export.json');
    expect(
      (await run('catalog:pack', pack, ['--key', key.privateKey, '--from', exported, '--out', fromExport]))
        .code,
    ).toBe(0);
    expect((await run('catalog:verify', verify, [fromExport, '--trust', key.publicKey])).code).toBe(0);
  });

  it('rotates keys: the old key signs a statement, packs signed by the new key verify with only the old key trusted', async () => {
    const old = await newKey('old');
    const successor = await newKey('new', ['--rotate-from', old.privateKey]);
    expect(successor.files.some((f) => f.endsWith('.rotation.json'))).toBe(true);
    const out = path.join(dir, 'rotated.json');
    const packed = await run('catalog:pack', pack, ['--key', successor.privateKey, '--out', out]);
    expect(packed.out).toContain('with the rotation statement');
    expect((await run('catalog:verify', verify, [out, '--trust', old.publicKey])).code).toBe(0);
    expect((await run('catalog:verify', verify, [out])).code).toBe(1);
  });

  it('says what is missing: no key, a wrong passphrase, a broken catalog', async () => {
    expect(await run('catalog:pack', pack, [])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--key'),
    });
    const key = await newKey('wrong');
    const wrong = await run(
      'catalog:pack',
      pack,
      ['--key', key.privateKey, '--out', path.join(dir, 'w.json')],
      {
        env: { CATALOG_KEY_PASSPHRASE: 'not the passphrase' },
      },
    );
    expect(wrong).toMatchObject({ code: 1, err: expect.stringContaining('wrong passphrase') });
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, writeUnsignedPack({ ...embedded(), programs: [{ id: 'Bad Id' } as never] }));
    const refused = await run('catalog:pack', pack, ['--key', key.privateKey, '--from', broken]);
    expect(refused).toMatchObject({ code: 1, err: expect.stringContaining('not a valid catalog') });
  });
});

describe('the commands as a maintainer runs them (spawned)', () => {
  const exec = promisify(execFile);
  const tsx = path.resolve('node_modules/.bin/tsx');

  it('keygen, pack --key and verify run end to end from the shell', async () => {
    const env = { ...process.env, CATALOG_KEY_PASSPHRASE: PASSPHRASE };
    const keys = path.join(dir, 'spawned');
    await exec(tsx, ['electron/cli/catalog-keygen.ts', '--out', keys, '--publisher', 'シェル'], { env });
    const files = readdirSync(keys);
    const privateKey = path.join(
      keys,
      files.find((f) => f.endsWith('.key.pem'))!,
    );
    const publicKey = path.join(
      keys,
      files.find((f) => f.endsWith('.pub.json'))!,
    );
    const out = path.join(dir, 'spawned.json');
    await exec(tsx, ['electron/cli/catalog-pack.ts', '--key', privateKey, '--out', out], { env });
    const { stdout } = await exec(tsx, ['electron/cli/catalog-verify.ts', out, '--trust', publicKey]);
    expect(stdout).toContain(`OK ${out}: catalog ${embeddedCatalogVersion}`);
    await expect(exec(tsx, ['electron/cli/catalog-verify.ts', out])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('unknown-key'),
    });
  }, 60_000);
});
