import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { applyCatalog, catalogAction, switchCatalog } from '../../renderer/src/db/catalog-update';
import { NaviDatabase } from '../../renderer/src/db/db';
import { seedCatalog } from '../../renderer/src/db/seed-catalog';

type Data = { meta: { catalogVersion: string }; programs: { id: string; name: string }[] };
const withVersion = (version: string, edit?: (d: Data) => void) => {
  const data = structuredClone(embeddedCatalogData) as Data;
  data.meta.catalogVersion = version;
  edit?.(data);
  return data;
};
/** A catalog as a checked update installs it. */
const update = (version: string) => {
  const result = validateCatalog(withVersion(version));
  if (!result.ok) throw new Error('invalid catalog');
  return result.catalog;
};

let database: NaviDatabase;
let counter = 0;
beforeEach(async () => {
  database = new NaviDatabase(`seed-test-${++counter}`);
  await database.open();
});
afterEach(async () => {
  await database.delete();
});

describe('seedCatalog', () => {
  it('loads the embedded catalog on first run in one go', async () => {
    const outcome = await seedCatalog(database, embeddedCatalogVersion, () => embeddedCatalogData);
    expect(outcome).toMatchObject({ status: 'loaded', previous: null, programs: 46 });
    expect(await database.programs.count()).toBe(46);
    expect(await database.communities.count()).toBe(6);
    expect(await database.marketDomains.count()).toBe(9);
    expect(await database.frameworks.count()).toBe(2);
    expect(await database.sources.count()).toBe(5);
    const meta = await database.meta.get('catalog');
    expect(meta).toMatchObject({ catalogVersion: embeddedCatalogVersion, schemaVersion: 1 });
    expect(meta!.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('does no work on a later start with the same version', async () => {
    await seedCatalog(database, embeddedCatalogVersion, () => embeddedCatalogData);
    const load = vi.fn(() => embeddedCatalogData);
    const outcome = await seedCatalog(database, embeddedCatalogVersion, load);
    expect(outcome).toEqual({ status: 'unchanged', version: embeddedCatalogVersion });
    expect(load).not.toHaveBeenCalled();
  });

  it('replaces catalog rows for a newer version and never touches user data', async () => {
    await seedCatalog(database, '2026.01.01-1', () => withVersion('2026.01.01-1'));
    await database.favourites.add({ programId: 'coi-next', addedAt: '2026-02-01T00:00:00.000Z' });
    await database.notes.add({
      id: 'n1',
      programId: 'a-program-later-removed',
      text: '学内締切は5月',
      updatedAt: 'x',
    });
    await database.profiles.add({ id: 'p1', name: 'A大学', answers: { org: 'university' }, updatedAt: 'x' });

    const newer = withVersion('2026.02.01-1', (d) => {
      d.programs = d.programs.filter((p) => p.id !== 'biomass-local-production');
      d.programs[0]!.name = '改称された制度';
    });
    const outcome = await seedCatalog(database, '2026.02.01-1', () => newer);
    expect(outcome).toMatchObject({ status: 'loaded', previous: '2026.01.01-1', programs: 45 });
    expect(await database.programs.get('biomass-local-production')).toBeUndefined();
    expect((await database.programs.get(newer.programs[0]!.id))!.name).toBe('改称された制度');
    expect(await database.favourites.toArray()).toHaveLength(1);
    expect((await database.notes.get('n1'))!.text).toBe('学内締切は5月');
    expect((await database.profiles.get('p1'))!.name).toBe('A大学');
  });

  it('keeps a newer catalog that an update installed', async () => {
    await seedCatalog(database, '2030.01.01-1', () => withVersion('2030.01.01-1'));
    const load = vi.fn();
    expect(await seedCatalog(database, embeddedCatalogVersion, load)).toMatchObject({ status: 'kept-newer' });
    expect(load).not.toHaveBeenCalled();
  });

  it('drops the undo of an earlier update when a newer built-in catalog replaces it, so undo never skips a version', async () => {
    await seedCatalog(database, '2026.01.01-1', () => withVersion('2026.01.01-1'));
    // The user installs an update; undo would bring back 2026.01.01-1.
    await applyCatalog(database, update('2026.02.01-1'), {
      provenance: { kind: 'local-edit', basedOn: '2026.01.01-1' },
    });
    expect(await catalogAction(database)).toMatchObject({ action: 'undo' });
    // The app itself is updated and ships a newer catalog, installed at start-up.
    const outcome = await seedCatalog(database, '2026.03.01-1', () => withVersion('2026.03.01-1'));
    expect(outcome).toMatchObject({ status: 'loaded', previous: '2026.02.01-1' });
    expect(await catalogAction(database)).toBeNull();
    expect(await switchCatalog(database)).toBeNull();
    expect((await database.meta.get('catalog'))!.catalogVersion).toBe('2026.03.01-1');
  });

  it('keeps the undo of an update when the built-in catalog is older and stays out', async () => {
    await seedCatalog(database, '2026.01.01-1', () => withVersion('2026.01.01-1'));
    await applyCatalog(database, update('2030.01.01-1'), {
      provenance: { kind: 'local-edit', basedOn: '2026.01.01-1' },
    });
    expect(await seedCatalog(database, '2026.01.01-1', vi.fn())).toMatchObject({ status: 'kept-newer' });
    expect(await switchCatalog(database)).toMatchObject({ catalogVersion: '2026.01.01-1' });
    expect((await database.meta.get('catalog'))!.catalogVersion).toBe('2026.01.01-1');
  });

  it('changes nothing when the embedded catalog is invalid', async () => {
    await seedCatalog(database, '2026.01.01-1', () => withVersion('2026.01.01-1'));
    const broken = withVersion('2026.02.01-1', (d) => (d.programs[0]!.name = ''));
    const outcome = await seedCatalog(database, '2026.02.01-1', () => broken);
    expect(outcome.status).toBe('invalid');
    expect((await database.meta.get('catalog'))!.catalogVersion).toBe('2026.01.01-1');
    expect(await database.programs.count()).toBe(46);
  });

  it('leaves the old catalog intact when the write fails midway', async () => {
    await seedCatalog(database, '2026.01.01-1', () => withVersion('2026.01.01-1'));
    // The programs table is cleared, then the write of the new rows fails: the transaction must roll back.
    vi.spyOn(database.sources, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(seedCatalog(database, '2026.02.01-1', () => withVersion('2026.02.01-1'))).rejects.toThrow(
      'disk full',
    );
    expect(await database.programs.count()).toBe(46);
    expect((await database.meta.get('catalog'))!.catalogVersion).toBe('2026.01.01-1');
  });
});
