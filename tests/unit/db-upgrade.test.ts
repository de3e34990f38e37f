import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { NaviDatabase } from '../../renderer/src/db/db';
import { seedCatalog } from '../../renderer/src/db/seed-catalog';
import { ShortlistStore } from '../../renderer/src/db/shortlists-repository';
import { RECENT_VIEWS_KEPT, recordProgramView } from '../../renderer/src/db/recent-views-repository';
import { storedProfileSchema } from '../../shared/matching/profile';
import { reasonText } from '../../shared/matching/reason-text';
import { programSchema } from '../../shared/catalog/program';

const catalogOf4 = embeddedCatalogData as { programs: Record<string, unknown>[] };

/** Version 1 exactly as it was published (commit 82d029d). */
function openAsVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    programs: 'id, *ministries',
    sources: 'file',
    meta: 'key',
    favourites: 'programId, addedAt',
    notes: 'id, programId, updatedAt',
    profiles: 'id, name, updatedAt',
  });
  return v1;
}

describe('schema upgrade', () => {
  it('keeps every piece of user data when a version 1 database is opened by the current app', async () => {
    const name = 'upgrade-from-v1';
    const v1 = openAsVersion1(name);
    await v1.table('favourites').add({ programId: 'coi-next', addedAt: '2026-01-01T00:00:00.000Z' });
    await v1.table('notes').add({ id: 'n1', programId: 'coi-next', text: '学内締切 4/20', updatedAt: 'x' });
    await v1
      .table('profiles')
      .add({ id: 'p1', name: 'B市 産業振興課', answers: { org: 'municipality' }, updatedAt: 'x' });
    await v1.table('meta').put({
      key: 'catalog',
      catalogVersion: '2026.11.22-0',
      schemaVersion: 1,
      asOf: '2026-11-22',
      publisher: 'x',
      loadedAt: 'x',
    });
    v1.close();

    const current = new NaviDatabase(name);
    await current.open();
    expect(current.verno).toBe(7);
    expect(await current.favourites.toArray()).toEqual([
      { programId: 'coi-next', addedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect((await current.notes.get('n1'))?.text).toBe('学内締切 4/20');
    expect((await current.profiles.get('p1'))?.name).toBe('B市 産業振興課');
    expect(await current.communities.count()).toBe(0);
    expect(await current.shortlists.count()).toBe(0);

    await seedCatalog(current, embeddedCatalogVersion, () => embeddedCatalogData);
    expect(await current.communities.count()).toBe(6);
    expect(await current.notes.count()).toBe(1);
    await current.delete();
  });

  it('keeps user data from a version 2 database and starts shortlists empty', async () => {
    const name = 'upgrade-from-v2';
    const v2 = openAsVersion1(name);
    v2.version(2).stores({ communities: 'id, *marketDomains', marketDomains: 'id', frameworks: 'id' });
    await v2.table('favourites').add({ programId: 'sip', addedAt: 'x' });
    await v2.table('profiles').add({ id: 'p2', name: 'C社', answers: {}, updatedAt: 'x' });
    v2.close();

    const current = new NaviDatabase(name);
    await current.open();
    expect(current.verno).toBe(7);
    expect(await current.favourites.get('sip')).toEqual({ programId: 'sip', addedAt: 'x' });
    expect((await current.profiles.get('p2'))?.name).toBe('C社');
    const store = new ShortlistStore(current);
    const id = await store.create('アップグレード後のリスト');
    await store.add(id, { id: 'sip', name: 'SIP' });
    expect(await current.shortlistEntries.count()).toBe(1);
    await current.delete();
  });

  it('keeps lists and their notes from a version 4 database, and the words of reasons saved then', async () => {
    const name = 'upgrade-from-v4';
    const v4 = openAsVersion1(name);
    v4.version(2).stores({ communities: 'id, *marketDomains', marketDomains: 'id', frameworks: 'id' });
    v4.version(3).stores({ shortlists: 'id, position', shortlistEntries: 'id, listId, programId, deadline' });
    v4.version(4).stores({ catalogBackup: 'table' });
    const entry = {
      id: 'l1|coi-next',
      listId: 'l1',
      programId: 'coi-next',
      programName: '共創の場形成支援プログラム',
      status: 'planned',
      note: '学内締切 4/20',
      deadline: '2027-04-20',
      position: 1,
      addedAt: 'x',
      updatedAt: 'x',
    };
    await v4
      .table('shortlists')
      .add({ id: 'l1', name: 'A大学', position: 1, createdAt: 'x', updatedAt: 'x' });
    await v4.table('shortlistEntries').add({
      ...entry,
      reasons: [
        { criterion: 'org', verdict: 'matched', code: 'org-stated', params: { label: '①大学等研究機関' } },
        { criterion: 'status', verdict: 'matched', code: 'status-open', params: { label: '令和4年度' } },
        { criterion: 'theme', verdict: 'matched', code: 'theme-cross', params: {} },
      ],
    });
    await v4.table('profiles').add({
      id: 'p4',
      name: 'B市',
      answers: {
        org: 'municipality',
        prefecture: '新潟県',
        themes: ['d3'],
        needs: [],
        stage: null,
        openOnly: true,
      },
      updatedAt: 'x',
    });
    const olderProgram = structuredClone(catalogOf4.programs[0]!);
    delete olderProgram.regions;
    delete olderProgram.consortium;
    delete olderProgram.periodEnd;
    await v4.table('programs').add(olderProgram);
    await v4.table('catalogBackup').add({ table: 'programs', rows: [olderProgram] });
    v4.close();

    const current = new NaviDatabase(name);
    await current.open();
    expect(current.verno).toBe(7);
    const upgraded = await current.shortlistEntries.get('l1|coi-next');
    expect(upgraded).toMatchObject(entry);
    expect(upgraded!.reasons.map((r) => [r.code, reasonText(r, 'ja')])).toEqual([
      ['legacy', '資料に「①大学等研究機関」と明記'],
      ['legacy', '新規課題採択 有（令和4年度）'],
      ['theme-cross', '市場領域横断の施策'],
    ]);
    expect(await current.shortlists.get('l1')).toMatchObject({ name: 'A大学' });
    const profile = storedProfileSchema.parse((await current.profiles.get('p4'))!.answers);
    expect(profile.members).toEqual([{ org: 'municipality', prefecture: '新潟県' }]);
    // A program stored by an older catalog reads as the current schema would parse it.
    const program = await current.programs.get(olderProgram.id as string);
    expect(programSchema.parse(program)).toEqual(program);
    expect(program).toMatchObject({ regions: [], consortium: null, periodEnd: null });
    const backup = await current.catalogBackup.get('programs');
    expect(backup && 'rows' in backup && backup.rows[0]).toMatchObject({
      regions: [],
      consortium: null,
      periodEnd: null,
    });
    await current.delete();
  });

  it('keeps lists, favourites and the undo backup of a version 6 database and starts recently viewed empty', async () => {
    const name = 'upgrade-from-v6';
    const before = openAsVersion1(name);
    before.version(2).stores({ communities: 'id, *marketDomains', marketDomains: 'id', frameworks: 'id' });
    before
      .version(3)
      .stores({ shortlists: 'id, position', shortlistEntries: 'id, listId, programId, deadline' });
    before.version(4).stores({ catalogBackup: 'table' });
    before.version(5).stores({});
    // As published: no table of recently viewed programs yet.
    before.version(6).stores({ shortlists: 'id, position, sharing', team: 'key' });
    await before.table('favourites').add({ programId: 'sip', addedAt: 'x' });
    await before
      .table('shortlists')
      .add({ id: 'l1', name: 'C大学 URA', position: 1, createdAt: 'x', updatedAt: 'x' });
    await before.table('shortlistEntries').add({
      id: 'l1|coi-next',
      listId: 'l1',
      programId: 'coi-next',
      programName: '共創の場形成支援プログラム',
      status: 'planned',
      note: '学内締切 4/20',
      deadline: '2027-04-20',
      reasons: [],
      position: 1,
      addedAt: 'x',
      updatedAt: 'x',
    });
    await before.table('catalogBackup').add({ table: 'meta', rows: [{ key: 'catalog' }] });
    before.close();

    const current = new NaviDatabase(name);
    await current.open();
    expect(current.verno).toBe(7);
    expect(await current.favourites.get('sip')).toEqual({ programId: 'sip', addedAt: 'x' });
    expect((await current.shortlistEntries.get('l1|coi-next'))?.deadline).toBe('2027-04-20');
    expect((await current.shortlistEntries.get('l1|coi-next'))?.note).toBe('学内締切 4/20');
    expect(await current.catalogBackup.count()).toBe(1);
    expect(await current.recentViews.count()).toBe(0);
    await current.delete();
  });
});

describe('recently viewed programs', () => {
  it('keeps the newest views only, one row per program, and survives a catalog load', async () => {
    const database = new NaviDatabase('recent-views');
    const day = (n: number) => new Date(Date.UTC(2026, 11, 1, 0, n));
    for (let i = 0; i < RECENT_VIEWS_KEPT + 5; i++) await recordProgramView(`p${i}`, day(i), database);
    await recordProgramView('p3', day(100), database);
    expect(await database.recentViews.count()).toBe(RECENT_VIEWS_KEPT);
    const newest = await database.recentViews.orderBy('viewedAt').reverse().limit(2).toArray();
    expect(newest.map((v) => v.programId)).toEqual(['p3', `p${RECENT_VIEWS_KEPT + 4}`]);
    expect(await database.recentViews.get('p0')).toBeUndefined();

    await seedCatalog(database, embeddedCatalogVersion, () => embeddedCatalogData);
    expect(await database.recentViews.count()).toBe(RECENT_VIEWS_KEPT);
    await database.delete();
  });
});

describe('schema upgrade to version 6 (team workspaces)', () => {
  it('keeps every list, entry, note and deadline of a version 5 database, all still personal', async () => {
    const name = 'upgrade-from-v5';
    const v5 = openAsVersion1(name);
    v5.version(2).stores({ communities: 'id, *marketDomains', marketDomains: 'id', frameworks: 'id' });
    v5.version(3).stores({
      shortlists: 'id, position',
      shortlistEntries: 'id, listId, programId, deadline',
    });
    v5.version(4).stores({ catalogBackup: 'table' });
    // Version 5 as published: no store changes, an upgrade of saved reasons.
    v5.version(5).stores({});
    await v5
      .table('shortlists')
      .add({ id: 'l1', name: 'A大学 URA', position: 1, createdAt: 'x', updatedAt: 'x' });
    const entry = {
      id: 'l1|sip',
      listId: 'l1',
      programId: 'sip',
      programName: 'SIP',
      status: 'planned',
      note: '学内締切に注意',
      deadline: '2027-04-20',
      reasons: [],
      position: 1,
      addedAt: 'x',
      updatedAt: 'x',
    };
    await v5.table('shortlistEntries').add(entry);
    await v5.table('favourites').add({ programId: 'sip', addedAt: 'x' });
    v5.close();

    const current = new NaviDatabase(name);
    await current.open();
    expect(current.verno).toBe(7);
    const lists = await current.shortlists.toArray();
    expect(lists).toEqual([{ id: 'l1', name: 'A大学 URA', position: 1, createdAt: 'x', updatedAt: 'x' }]);
    expect(lists[0]!.sharing).toBeUndefined();
    expect(await current.shortlists.where('sharing').equals('team').count()).toBe(0);
    expect(await current.shortlistEntries.toArray()).toEqual([entry]);
    expect(await current.favourites.count()).toBe(1);
    expect(await current.team.count()).toBe(0);
    await current.delete();
  });
});
