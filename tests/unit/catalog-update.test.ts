import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import type { Catalog } from '../../shared/catalog/catalog';
import { readCatalogPack, type PackTrust } from '../../shared/catalog/catalog-pack';
import { MAX_PACK_BYTES } from '../../shared/catalog/limits';
import { diffPrograms } from '../../shared/catalog/catalog-diff';
import { CATALOG_TABLES, NaviDatabase } from '../../renderer/src/db/db';
import { seedCatalog } from '../../renderer/src/db/seed-catalog';
import { applyCatalog, catalogAction, switchCatalog } from '../../renderer/src/db/catalog-update';
import { ShortlistStore, entryId } from '../../renderer/src/db/shortlists-repository';
import { nextYearCatalog } from '../support/next-year-catalog';
import { loadInstalledCatalog } from '../../renderer/src/features/catalog-update/installed-catalog';
import { syntheticPrograms } from '../bench/synthetic-catalog';
import { makeTestKey, signedPack, type TestKey } from '../support/test-keys';

const embedded = () => {
  const result = validateCatalog(structuredClone(embeddedCatalogData));
  if (!result.ok) throw new Error('invalid embedded catalog');
  return result.catalog;
};
function nextCatalog(): { catalog: Catalog; dropped: string } {
  const { catalog, dropped } = nextYearCatalog(embedded());
  return { catalog, dropped: dropped.id };
}
const bytesOf = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

let key: TestKey;
let trust: PackTrust;
beforeAll(async () => {
  key = await makeTestKey();
  trust = { keys: [key.publicKey], now: new Date(), appVersion: '0.1.0' };
});
const writeCatalogPack = (catalog: unknown) => signedPack(catalog as Catalog, key);

describe('catalog pack', () => {
  it('round-trips: built from data/, read back identical, checksum verified', async () => {
    const pack = await writeCatalogPack(embedded());
    const read = await readCatalogPack('catalog.json', bytesOf(pack), trust);
    expect(JSON.parse(pack)).toMatchObject({ format: 'shien-menu-navi/catalog-pack', packVersion: 2 });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.catalog).toEqual(embedded());
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty'],
    ['whitespace', bytesOf('  \n '), 'empty'],
    [
      'a binary file',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]),
      'encoding',
    ],
    ['Shift_JIS text', Uint8Array.from([0x83, 0x6f, 0x83, 0x43, 0x83, 0x49]), 'encoding'],
    ['malformed JSON', bytesOf('{"format": "shien-menu-navi/catalog-pack", '), 'json'],
    ['deeply nested JSON', bytesOf('['.repeat(200_000) + ']'.repeat(200_000)), 'json'],
    ['another JSON file', bytesOf({ name: 'package.json' }), 'not-pack'],
    ['a JSON array', bytesOf([1, 2, 3]), 'not-pack'],
    ["a catalog's bare JSON", bytesOf({ meta: {}, programs: [] }), 'bare-catalog'],
    [
      'an old checksummed pack',
      bytesOf({ format: 'shien-menu-navi/catalog-pack', packVersion: 1, checksum: '', catalog: {} }),
      'unsigned',
    ],
    [
      'a newer pack version',
      bytesOf({ format: 'shien-menu-navi/catalog-pack', packVersion: 3, manifest: '' }),
      'version',
    ],
  ])('refuses %s with its own message', async (_name, bytes, kind) => {
    const read = await readCatalogPack('update.json', bytes, trust);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ file: 'update.json', kind });
  });

  it('reads a 50 MB pack: a large catalog is within the limits', async () => {
    const base = embedded();
    const programs = syntheticPrograms(36_000);
    const pack = bytesOf(await writeCatalogPack({ ...base, programs }));
    expect(pack.byteLength).toBeGreaterThan(50 * 1024 * 1024);
    const read = await readCatalogPack('50mb.json', pack, trust);
    expect(read.ok && read.catalog.programs.length).toBe(36_000);
  }, 60_000);

  // QA: a valid 63 MB JSON file whose first value outgrew the header window was called "not JSON
  // (cut short)". Under the size limit, a file is read as what it is.
  it.each([
    ['a catalog-like file', { programs: [{ id: 'a', name: 'b'.repeat(1_000_000) }] }, 'bare-catalog'],
    ['any other JSON', { readme: 'x'.repeat(1_000_000), format: undefined }, 'not-pack'],
  ])('says a large valid JSON file is %s, not broken JSON', async (_name, value, kind) => {
    const read = await readCatalogPack('huge.json', bytesOf(value), trust);
    expect(!read.ok && read.problems[0]).toMatchObject({ file: 'huge.json', kind });
  });

  it('still calls a large file cut short broken JSON', async () => {
    const text = JSON.stringify({ programs: [{ id: 'a', name: 'b'.repeat(1_000_000) }] });
    const read = await readCatalogPack('cut.json', bytesOf(text.slice(0, -10)), trust);
    expect(!read.ok && read.problems[0]!.kind).toBe('json');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = { byteLength: MAX_PACK_BYTES + 1 } as Uint8Array;
    const read = await readCatalogPack('huge.json', huge, trust);
    expect(!read.ok && read.problems[0]!.kind).toBe('too-large');
  });

  it('catches a truncated file and an edited one', async () => {
    const text = await writeCatalogPack(embedded());
    // Cut mid-value, the file is no longer JSON; cut just after a `}`, it still parses as far as the
    // header, and the signed size and hash refuse it.
    const half = text.length / 2;
    const midValue = text.slice(0, half).replace(/\}+$/, '');
    const truncated = await readCatalogPack('cut.json', bytesOf(midValue), trust);
    expect(!truncated.ok && truncated.problems[0]!.kind).toBe('json');
    const atBrace = text.slice(0, text.indexOf('}', half) + 1);
    const cutAtBrace = await readCatalogPack('cut.json', bytesOf(atBrace), trust);
    expect(!cutAtBrace.ok && cutAtBrace.problems[0]).toMatchObject({ kind: 'checksum', field: 'catalog' });
    const edited = await readCatalogPack(
      'edited.json',
      bytesOf(text.replace('共創の場形成支援プログラム', '共創の場形成支援プログラム改')),
      trust,
    );
    expect(!edited.ok && edited.problems[0]).toMatchObject({ kind: 'checksum', field: 'catalog' });
  });

  it('names record and field for a wrong schema version, duplicate ids and unknown references', async () => {
    const catalog = embedded() as unknown as {
      meta: { schemaVersion: number };
      programs: { id: string; related: string[] }[];
    };
    catalog.meta.schemaVersion = 99;
    catalog.programs[1]!.id = catalog.programs[0]!.id;
    catalog.programs[2]!.related = ['no-such-program'];
    // Packs whose checksums match bad content: the maintainer's tool packed a broken catalog.
    let read = await readCatalogPack('bad.json', bytesOf(await writeCatalogPack(catalog)), trust);
    expect(!read.ok && read.problems.map((p) => `${p.record} ${p.field}`)).toEqual(['meta schemaVersion']);
    catalog.meta.schemaVersion = 1;
    read = await readCatalogPack('bad.json', bytesOf(await writeCatalogPack(catalog)), trust);
    expect(!read.ok && read.problems.map((p) => `${p.record} ${p.field}`)).toEqual([
      `programs/${catalog.programs[0]!.id} id`,
      `programs/${catalog.programs[2]!.id} related.0`,
    ]);
  });

  it('keeps HTML and formula-looking text as plain data (the UI renders it as text)', async () => {
    const catalog = embedded();
    catalog.programs[0]!.summary = '<script>alert(1)</script>=HYPERLINK("x")';
    const read = await readCatalogPack('html.json', bytesOf(await writeCatalogPack(catalog)), trust);
    expect(read.ok && read.catalog.programs[0]!.summary).toBe('<script>alert(1)</script>=HYPERLINK("x")');
  });
});

describe('applying an update', () => {
  let database: NaviDatabase;
  let counter = 0;
  beforeEach(async () => {
    database = new NaviDatabase(`update-test-${++counter}`);
    await seedCatalog(database, embeddedCatalogVersion, () => embeddedCatalogData);
  });
  afterEach(async () => {
    await database.delete();
  });

  it('replaces the catalog in one go, never touches user data, and undo brings the old one back', async () => {
    const { catalog, dropped } = nextCatalog();
    const store = new ShortlistStore(database);
    const list = await store.create('A');
    await store.add(list, { id: dropped, name: '消える制度' });
    await store.update(list, dropped, { note: '消えてはいけないメモ' });
    await database.favourites.add({ programId: dropped, addedAt: 'x' });

    const diff = diffPrograms(await database.programs.toArray(), catalog.programs);
    expect(diff.added.map((p) => p.id)).toEqual(['new-program-2027']);
    expect(diff.removed.map((p) => p.id)).toEqual([dropped]);
    expect(diff.changed.map((c) => [c.after.id, c.fields.map((f) => f.field)])).toEqual([
      ['coi-next', ['budgets']],
    ]);

    const progress: number[] = [];
    await applyCatalog(database, catalog, {
      provenance: { kind: 'local-edit', basedOn: embeddedCatalogVersion },
      onProgress: (p) => progress.push(p.done),
    });
    expect(progress.at(-1)).toBe(
      catalog.programs.length +
        catalog.communities.length +
        catalog.marketDomains.length +
        catalog.frameworks.length +
        catalog.sources.length +
        1,
    );
    expect((await database.meta.get('catalog'))!.catalogVersion).toBe('2027.04.01-1');
    expect(await database.programs.get(dropped)).toBeUndefined();
    expect((await database.programs.get('coi-next'))!.budgets[0]!.text).toBe('150億円');
    expect(await database.shortlistEntries.get(entryId(list, dropped))).toMatchObject({
      note: '消えてはいけないメモ',
    });
    expect(await database.favourites.get(dropped)).toBeDefined();
    expect(await catalogAction(database)).toMatchObject({
      action: 'undo',
      meta: { catalogVersion: embeddedCatalogVersion },
    });
    // What the export reads: the installed catalog, valid as a file, without the app's own bookkeeping.
    const exported = await loadInstalledCatalog(database);
    expect(exported.ok && exported.catalog.meta).toEqual(catalog.meta);
    expect(exported.ok && exported.catalog.programs.length).toBe(catalog.programs.length);

    expect(await switchCatalog(database)).toMatchObject({ catalogVersion: embeddedCatalogVersion });
    expect(await database.meta.get('catalog')).toMatchObject({
      catalogVersion: embeddedCatalogVersion,
      provenance: { kind: 'built-in' },
    });
    expect(await database.programs.get(dropped)).toBeDefined();
    expect(await database.programs.get('new-program-2027')).toBeUndefined();
    expect(await database.programs.count()).toBe(46);
    expect(await database.shortlistEntries.count()).toBe(1);

    // After an undo the action is a redo, which brings the update back, with its provenance.
    expect(await catalogAction(database)).toMatchObject({
      action: 'redo',
      meta: { catalogVersion: '2027.04.01-1' },
    });
    await switchCatalog(database);
    expect(await database.meta.get('catalog')).toMatchObject({
      catalogVersion: '2027.04.01-1',
      provenance: { kind: 'local-edit' },
    });
    expect(await database.programs.get('new-program-2027')).toBeDefined();
    expect(await catalogAction(database)).toMatchObject({
      action: 'undo',
      meta: { catalogVersion: embeddedCatalogVersion },
    });
    expect(await database.shortlistEntries.get(entryId(list, dropped))).toMatchObject({
      note: '消えてはいけないメモ',
    });
  });

  it('still undoes an update kept the old way (one backup row per table)', async () => {
    const before = await database.programs.toArray();
    const meta = (await database.meta.get('catalog'))!;
    const { catalog } = nextCatalog();
    // What a version-4 database held after an update: the previous catalog, table by table.
    await database.transaction('rw', [...CATALOG_TABLES, 'catalogBackup'], async () => {
      await database.catalogBackup.bulkAdd([
        { table: 'programs', rows: before },
        { table: 'communities', rows: await database.communities.toArray() },
        { table: 'marketDomains', rows: await database.marketDomains.toArray() },
        { table: 'frameworks', rows: await database.frameworks.toArray() },
        { table: 'sources', rows: await database.sources.toArray() },
        { table: 'meta', rows: [meta] },
      ]);
      await database.programs.clear();
      await database.programs.bulkAdd(catalog.programs);
      await database.meta.put({
        ...meta,
        catalogVersion: '2027.04.01-1',
        loadedAt: '2027-04-02T00:00:00.000Z',
      });
    });
    expect(await catalogAction(database)).toMatchObject({
      action: 'undo',
      meta: { catalogVersion: embeddedCatalogVersion },
    });
    await switchCatalog(database);
    expect(await database.programs.toArray()).toEqual(before);
    expect(await catalogAction(database)).toMatchObject({
      action: 'redo',
      meta: { catalogVersion: '2027.04.01-1' },
    });
  });

  it('leaves the old catalog whole when applying fails midway (the transaction is aborted)', async () => {
    const { catalog } = nextCatalog();
    const before = await database.programs.toArray();
    await expect(
      applyCatalog(database, catalog, {
        provenance: { kind: 'built-in' },
        onProgress: (p) => {
          if (p.done > 10) throw new Error('simulated crash while writing');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(await database.programs.toArray()).toEqual(before);
    expect((await database.meta.get('catalog'))!.catalogVersion).toBe(embeddedCatalogVersion);
    expect(await catalogAction(database)).toBeNull();
  });
});
