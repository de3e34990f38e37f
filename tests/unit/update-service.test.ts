import { execFileSync } from 'node:child_process';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { catalogToTable } from '../../shared/catalog-table/program-table';
import { toCsv } from '../../shared/export/csv';
import { applyCatalog } from '../../renderer/src/db/catalog-update';
import { NaviDatabase } from '../../renderer/src/db/db';
import { seedCatalog } from '../../renderer/src/db/seed-catalog';
import { ShortlistStore } from '../../renderer/src/db/shortlists-repository';
import { createUpdateService } from '../../renderer/src/features/catalog-update/update-service';
import type { FromUpdateWorker } from '../../renderer/src/features/catalog-update/update-protocol';
import { setZodLocale } from '../../renderer/src/i18n/zod-locale';
import { nextYearCatalog } from '../support/next-year-catalog';
import { makeTestKey, signedPack, type TestKey } from '../support/test-keys';

const embedded = () => {
  const result = validateCatalog(structuredClone(embeddedCatalogData));
  if (!result.ok) throw new Error('invalid embedded catalog');
  return result.catalog;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the update worker’s service', () => {
  let key: TestKey;
  beforeAll(async () => {
    key = await makeTestKey('B県 産業支援センター');
  });
  const writeCatalogPack = (catalog: Parameters<typeof signedPack>[0]) => signedPack(catalog, key);
  let database: NaviDatabase;
  let replies: FromUpdateWorker[];
  let handle: ReturnType<typeof createUpdateService>;
  let counter = 0;
  beforeEach(async () => {
    database = new NaviDatabase(`update-service-${++counter}`);
    await seedCatalog(database, embeddedCatalogVersion, () => embeddedCatalogData);
    replies = [];
    handle = createUpdateService(database, (message) => replies.push(message));
  });
  afterEach(async () => {
    setZodLocale('en');
    await database.delete();
  });

  it('checks a pack, posts a preview without the catalog, applies it with progress and undoes it', async () => {
    const { catalog, dropped } = nextYearCatalog(embedded());
    const store = new ShortlistStore(database);
    await store.add(await store.create('A'), { id: dropped.id, name: dropped.name });

    const packText = await writeCatalogPack(catalog);
    await handle({
      type: 'read',
      file: 'next.json',
      bytes: utf8(packText),
      locale: 'ja',
      trustedKeys: [key.publicKey],
      // The chosen file as the page has it: the catalog kept for redo is a slice of it.
      source: new Blob([packText]),
    });
    const read = replies.pop()!;
    expect(read.type === 'read' && read.result.ok && read.result.preview).toMatchObject({
      file: 'next.json',
      meta: { catalogVersion: '2027.04.01-1' },
      counts: { added: 1, changed: 1, removed: 1, unchanged: catalog.programs.length - 2 },
      added: [{ id: 'new-program-2027', name: '令和9年度 新規事業' }],
      removed: [{ id: dropped.id, name: dropped.name }],
      affectedRemoved: [dropped.id],
    });
    expect(JSON.stringify(read).length).toBeLessThan(JSON.stringify(catalog).length / 5);

    await handle({ type: 'apply' });
    expect(replies.at(-1)).toMatchObject({
      type: 'applied',
      meta: { catalogVersion: '2027.04.01-1', provenance: { kind: 'signed', keyId: key.publicKey.keyId } },
    });
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect((await database.meta.get('catalog'))?.catalogVersion).toBe('2027.04.01-1');
    expect(await database.programs.get('new-program-2027')).toBeDefined();
    expect(await database.shortlistEntries.where('programId').equals(dropped.id).count()).toBe(1);
    // Only the added and changed programs were written (the rest were already installed), and the
    // result is the whole new catalog: nothing dropped stays, nothing unchanged goes.
    expect(progress.at(-1)).toMatchObject({ type: 'progress', progress: { total: 2 + 6 + 9 + 2 + 5 + 1 } });
    const sorted = (programs: { id: string }[]) => [...programs].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(await database.programs.toArray())).toEqual(sorted(catalog.programs));

    await handle({ type: 'switch' });
    expect(replies.at(-1)).toMatchObject({
      type: 'applied',
      meta: { catalogVersion: embeddedCatalogVersion },
    });
    expect(await database.programs.get('new-program-2027')).toBeUndefined();

    // Redo reads the update back from the slice of the chosen file.
    await handle({ type: 'switch' });
    expect(replies.at(-1)).toMatchObject({ type: 'applied', meta: { catalogVersion: '2027.04.01-1' } });
    expect(await database.programs.get('new-program-2027')).toBeDefined();
  });

  it('rewrites the programs whole when most of them changed, and the result is the new catalog', async () => {
    const installed = embedded();
    const revised = {
      ...installed,
      meta: { ...installed.meta, catalogVersion: '2099.01.01-1' },
      programs: installed.programs.map((p) => ({ ...p, summary: `${p.summary ?? ''}（改訂）` })),
    };
    const message = {
      type: 'read' as const,
      file: 'revised.json',
      bytes: utf8(await writeCatalogPack(revised)),
      locale: 'ja' as const,
      trustedKeys: [key.publicKey],
    };
    await handle(message);
    const read = replies.pop()!;
    expect(read.type === 'read' && read.result.ok && read.result.preview.counts).toEqual({
      added: 0,
      changed: revised.programs.length,
      removed: 0,
      unchanged: 0,
    });
    // The check took the file's bytes from the message: ~140 MB at national scale, not kept alive by it.
    expect((message as { bytes: unknown }).bytes).toBeNull();

    // Inside a transaction Dexie hands out its own table objects: their shared prototype is spied on.
    const cleared = vi.spyOn(Object.getPrototypeOf(database.programs) as typeof database.programs, 'clear');
    await handle({ type: 'apply' });
    expect(replies.at(-1)).toMatchObject({ type: 'applied', meta: { catalogVersion: '2099.01.01-1' } });
    // The programs table cleared and every row added (putting each over the installed one costs more).
    expect(cleared.mock.contexts.map((table) => (table as { name: string }).name)).toContain('programs');
    cleared.mockRestore();
    const rows =
      revised.programs.length +
      revised.communities.length +
      revised.marketDomains.length +
      revised.frameworks.length +
      revised.sources.length +
      1;
    expect(replies.filter((r) => r.type === 'progress').at(-1)).toMatchObject({
      progress: { done: rows, total: rows },
    });
    const sorted = (programs: { id: string }[]) => [...programs].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(await database.programs.toArray())).toEqual(sorted(revised.programs));
  });

  it('keeps for undo the catalog really installed, even if another window changed it after the check', async () => {
    const { catalog } = nextYearCatalog(embedded());
    await handle({
      type: 'read',
      file: 'next.json',
      bytes: utf8(await writeCatalogPack(catalog)),
      locale: 'en',
      trustedKeys: [key.publicKey],
    });
    // Another window installs its own update between this page's check and apply.
    const { catalog: other } = nextYearCatalog(embedded(), {
      version: '2026.12.01-1',
      addedName: '別の窓の新規事業',
    });
    await applyCatalog(database, other, { provenance: { kind: 'built-in' } });

    await handle({ type: 'apply' });
    await handle({ type: 'switch' });
    expect(replies.at(-1)).toMatchObject({ type: 'applied', meta: { catalogVersion: '2026.12.01-1' } });
    expect((await database.programs.get('new-program-2027'))?.name).toBe('別の窓の新規事業');
    expect(await database.programs.count()).toBe(other.programs.length);
  });

  it('checks a program table against the installed records, and explains schema problems in Japanese', async () => {
    const table = catalogToTable({
      ...embedded(),
      meta: { ...embedded().meta, catalogVersion: '2027.04.01-1' },
    });
    await handle({
      type: 'read',
      file: 'programs.csv',
      bytes: utf8(toCsv(table)),
      locale: 'ja',
      trustedKeys: [],
    });
    const good = replies.pop()!;
    expect(good.type === 'read' && good.result.ok && good.result.preview.counts).toEqual({
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: embedded().programs.length,
    });

    table.rows[0]![table.header.indexOf('名称')] = '';
    await handle({
      type: 'read',
      file: 'programs.csv',
      bytes: utf8(toCsv(table)),
      locale: 'ja',
      trustedKeys: [],
    });
    const bad = replies.pop()!;
    expect(bad.type === 'read' && !bad.result.ok && bad.result.problems).toEqual([
      expect.objectContaining({
        kind: 'invalid',
        row: 6,
        column: '名称',
        message: expect.stringMatching(/1文字以上/),
      }),
    ]);
    // A refused file leaves nothing to apply.
    await handle({ type: 'apply' });
    expect(replies.pop()).toEqual({
      type: 'failed',
      message: 'no checked catalog to apply',
      problem: 'other',
    });
    expect((await database.meta.get('catalog'))?.catalogVersion).toBe(embeddedCatalogVersion);
  });

  // QA: an unedited table saved by Excel as CSV (Shift_JIS) came back with 32 "changes": 〜 read as
  // ～, − as －, and the other pairs CP932 cannot keep apart.
  it('finds no changes in an unedited table saved as Shift_JIS, and only the edit in an edited one', async () => {
    const exported = toCsv(catalogToTable(embedded())).replace(/^\uFEFF/, '');
    const asExcelSaves = (csv: string) =>
      Uint8Array.from(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP932'], { input: csv }));
    const sjis = asExcelSaves(exported);
    expect(new TextDecoder('shift_jis').decode(sjis)).not.toEqual(exported);
    const read = async (bytes: Uint8Array<ArrayBuffer>) => {
      await handle({ type: 'read', file: 'programs.csv', bytes, locale: 'ja', trustedKeys: [] });
      const reply = replies.pop()!;
      if (reply.type !== 'read' || !reply.result.ok) throw new Error('the table should read');
      return reply.result.preview;
    };
    expect((await read(sjis)).counts).toMatchObject({ changed: 0, added: 0, removed: 0 });

    const program = embedded().programs.find((p) => /[〜−]/.test(JSON.stringify(p)))!;
    const edited = exported.replace(program.name, `${program.name}（改）`);
    const preview = await read(asExcelSaves(edited));
    expect(preview.counts.changed).toBe(1);
    expect(preview.changed[0]!.fields.map((f) => f.field)).toEqual(['name']);
    // What is installed keeps the catalog's own spelling.
    await handle({ type: 'apply' });
    const installed = await database.programs.get(program.id);
    expect(installed).toEqual({ ...program, name: `${program.name}（改）` });
  });

  it('installs a table as a local edit under the proposed version, refuses a version not newer, and keeps the old catalog for undo', async () => {
    const serviceAt = createUpdateService(
      database,
      (message) => replies.push(message),
      () => new Date(2026, 11, 2),
    );
    const table = catalogToTable(embedded());
    table.rows[0]![table.header.indexOf('名称')] = '表で直した名称';
    await serviceAt({
      type: 'read',
      file: 'programs.csv',
      bytes: utf8(toCsv(table)),
      locale: 'ja',
      trustedKeys: [],
    });
    const read = replies.pop()!;
    expect(read.type === 'read' && read.result.ok && read.result.preview.source).toEqual({
      kind: 'local-edit',
      tableVersion: embeddedCatalogVersion,
      proposedVersion: '2026.12.02-1',
      vocabulary: [],
    });
    await serviceAt({ type: 'apply', version: embeddedCatalogVersion });
    expect(replies.pop()).toMatchObject({ type: 'failed', message: expect.stringContaining('not-newer') });
    await serviceAt({ type: 'apply', version: '2026.12.02-1' });
    expect(replies.at(-1)).toMatchObject({
      type: 'applied',
      meta: {
        catalogVersion: '2026.12.02-1',
        provenance: { kind: 'local-edit', basedOn: embeddedCatalogVersion },
      },
    });
    expect((await database.programs.toArray()).some((p) => p.name === '表で直した名称')).toBe(true);
    await serviceAt({ type: 'switch' });
    expect(replies.at(-1)).toMatchObject({
      type: 'applied',
      meta: { catalogVersion: embeddedCatalogVersion },
    });
  });

  it('shows a one-byte change in one program’s contact e-mail as that program changed, and installs it', async () => {
    const installed = embedded();
    const target = installed.programs.find((p) => p.contacts.some((c) => c.mail))!;
    const mail = target.contacts.find((c) => c.mail)!.mail!;
    // One byte: the first letter of the address, a phishing look-alike of the ministry's.
    const forged = `${mail[0] === 'x' ? 'y' : 'x'}${mail.slice(1)}`;
    const next = {
      ...installed,
      meta: { ...installed.meta, catalogVersion: '2099.01.01-1' },
      programs: installed.programs.map((p) =>
        p.id === target.id
          ? { ...p, contacts: p.contacts.map((c) => (c.mail === mail ? { ...c, mail: forged } : c)) }
          : p,
      ),
    };
    await handle({
      type: 'read',
      file: 'mail.json',
      bytes: utf8(await writeCatalogPack(next)),
      locale: 'ja',
      trustedKeys: [key.publicKey],
    });
    const read = replies.pop()!;
    const preview = read.type === 'read' && read.result.ok ? read.result.preview : null;
    expect(preview?.counts).toEqual({
      added: 0,
      changed: 1,
      removed: 0,
      unchanged: installed.programs.length - 1,
    });
    expect(preview?.changed.map((c) => [c.after.id, c.fields.map((f) => f.field)])).toEqual([
      [target.id, ['contacts']],
    ]);

    await handle({ type: 'apply' });
    expect(replies.at(-1)).toMatchObject({ type: 'applied', meta: { catalogVersion: '2099.01.01-1' } });
    const mails = (await database.programs.get(target.id))!.contacts.map((c) => c.mail);
    expect(mails).toContain(forged);
    expect(mails).not.toContain(mail);
  });

  it('refuses a pack signed by a key the user has not added, naming the key', async () => {
    const { catalog } = nextYearCatalog(embedded());
    await handle({
      type: 'read',
      file: 'next.json',
      bytes: utf8(await writeCatalogPack(catalog)),
      locale: 'ja',
      trustedKeys: [],
    });
    const read = replies.pop()!;
    expect(read.type === 'read' && !read.result.ok && read.result.problems).toEqual([
      expect.objectContaining({ kind: 'unknown-key', params: { keyId: key.publicKey.keyId } }),
    ]);
  });
});
