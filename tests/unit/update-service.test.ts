import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { writeCatalogPack } from '../../shared/catalog/catalog-pack';
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

const embedded = () => {
  const result = validateCatalog(structuredClone(embeddedCatalogData));
  if (!result.ok) throw new Error('invalid embedded catalog');
  return result.catalog;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the update worker’s service', () => {
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

    await handle({
      type: 'read',
      file: 'next.json',
      bytes: utf8(await writeCatalogPack(catalog)),
      locale: 'ja',
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
    expect(replies.at(-1)).toEqual({ type: 'applied', version: '2027.04.01-1' });
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect((await database.meta.get('catalog'))?.catalogVersion).toBe('2027.04.01-1');
    expect(await database.programs.get('new-program-2027')).toBeDefined();
    expect(await database.shortlistEntries.where('programId').equals(dropped.id).count()).toBe(1);

    await handle({ type: 'undo' });
    expect(replies.at(-1)).toEqual({ type: 'applied', version: embeddedCatalogVersion });
    expect(await database.programs.get('new-program-2027')).toBeUndefined();
  });

  it('keeps for undo the catalog really installed, even if another window changed it after the check', async () => {
    const { catalog } = nextYearCatalog(embedded());
    await handle({
      type: 'read',
      file: 'next.json',
      bytes: utf8(await writeCatalogPack(catalog)),
      locale: 'en',
    });
    // Another window installs its own update between this page's check and apply.
    const { catalog: other } = nextYearCatalog(embedded(), {
      version: '2026.12.01-1',
      addedName: '別の窓の新規事業',
    });
    await applyCatalog(database, other);

    await handle({ type: 'apply' });
    await handle({ type: 'undo' });
    expect(replies.at(-1)).toEqual({ type: 'applied', version: '2026.12.01-1' });
    expect((await database.programs.get('new-program-2027'))?.name).toBe('別の窓の新規事業');
    expect(await database.programs.count()).toBe(other.programs.length);
  });

  it('checks a program table against the installed records, and explains schema problems in Japanese', async () => {
    const table = catalogToTable({
      ...embedded(),
      meta: { ...embedded().meta, catalogVersion: '2027.04.01-1' },
    });
    await handle({ type: 'read', file: 'programs.csv', bytes: utf8(toCsv(table)), locale: 'ja' });
    const good = replies.pop()!;
    expect(good.type === 'read' && good.result.ok && good.result.preview.counts).toEqual({
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: embedded().programs.length,
    });

    table.rows[0]![table.header.indexOf('名称')] = '';
    await handle({ type: 'read', file: 'programs.csv', bytes: utf8(toCsv(table)), locale: 'ja' });
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
    expect(replies.pop()).toEqual({ type: 'failed', message: 'no checked catalog to apply' });
    expect((await database.meta.get('catalog'))?.catalogVersion).toBe(embeddedCatalogVersion);
  });
});
