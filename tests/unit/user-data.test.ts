import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NaviDatabase } from '../../renderer/src/db/db';
import { recordProgramView } from '../../renderer/src/db/recent-views-repository';
import { ShortlistStore } from '../../renderer/src/db/shortlists-repository';
import { readUserData, restoreUserData } from '../../renderer/src/db/user-data-repository';
import { diffUserData, restoreCounts } from '../../shared/user-data/user-data-diff';
import {
  buildUserDataFile,
  lastChange,
  MAX_USER_DATA_BYTES,
  parseUserDataFile,
  rowCount,
  USER_DATA_FORMAT,
  type UserDataFile,
} from '../../shared/user-data/user-data-file';
import { USER_DATA_TABLES, type UserDataRows } from '../../shared/user-data/user-data-tables';
import { MAX_LIST_ENTRIES } from '../../shared/shortlist/shortlist-file';
import { installFailingWrites } from '../support/failing-storage';

const COI = { id: 'coi-next', name: '共創の場形成支援プログラム（COI-NEXT）' };
const SIP = { id: 'sip', name: 'SIP' };
const META = { appVersion: '0.1.0', catalogVersion: '2026.11.22-4' };
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const noRows = () =>
  Object.fromEntries(USER_DATA_TABLES.map(({ table }) => [table, []])) as unknown as UserDataRows;

let database: NaviDatabase;
let counter = 0;
beforeEach(async () => {
  database = new NaviDatabase(`user-data-test-${++counter}`);
  await database.open();
});
afterEach(async () => database.delete());

/** A user's data, made through the app's own repositories. */
async function someData(db: NaviDatabase, listName = 'A大学 URA') {
  const store = new ShortlistStore(db);
  const list = await store.create(listName, new Date('2026-11-30T09:00:00Z'));
  await store.add(list, COI, null, new Date('2026-11-30T09:01:00Z'));
  await store.update(
    list,
    COI.id,
    { status: 'planned', note: '学内締切 4/20', deadline: '2027-04-20' },
    new Date('2026-12-01T10:00:00Z'),
  );
  await db.favourites.add({ programId: SIP.id, addedAt: '2026-11-29T08:00:00.000Z' });
  await db.profiles.add({
    id: 'p1',
    name: 'B社 バイオ事業部',
    answers: { org: 'company', themes: ['d3'] },
    updatedAt: '2026-11-28T00:00:00.000Z',
  });
  // Opened after the last edit: history, which says nothing about when the work last changed.
  await recordProgramView(SIP.id, new Date('2026-12-02T08:00:00Z'), db);
  return list;
}

describe('the user-data file', () => {
  it('holds every table and reads back as written', async () => {
    await someData(database);
    const file = buildUserDataFile(await readUserData(database), META, new Date('2026-12-02T00:00:00Z'));
    expect(Object.keys(file.tables).sort()).toEqual(USER_DATA_TABLES.map((t) => t.table).sort());
    const parsed = parseUserDataFile('all.json', bytes(file));
    expect(parsed).toEqual({ ok: true, file });
    expect(file.tables.recentViews).toEqual([{ programId: SIP.id, viewedAt: '2026-12-02T08:00:00.000Z' }]);
    // The work (lists, favourites, profiles), not what was looked at, dates and counts the data.
    expect(lastChange(file.tables)).toBe('2026-12-01T10:00:00.000Z');
    expect(rowCount(file.tables)).toBe(4);
    expect(rowCount({ ...noRows(), recentViews: file.tables.recentViews })).toBe(0);
  });

  it('reads a file written before a table existed as that table being empty', () => {
    const file = buildUserDataFile(noRows(), META);
    const older = { ...file, tables: { favourites: [{ programId: 'sip', addedAt: 'x' }] } };
    const parsed = parseUserDataFile('old.json', bytes(older));
    expect(parsed.ok && parsed.file.tables.shortlists).toEqual([]);
  });

  it('reads and merges a file written before recently viewed programs were kept', async () => {
    await someData(database);
    const { recentViews: _, ...work } = await readUserData(database);
    // Version 1 of the format as written before Dexie v7: no recentViews key at all.
    const old = { ...buildUserDataFile(noRows(), META), tables: work };
    expect(Object.keys(old.tables)).not.toContain('recentViews');
    const parsed = parseUserDataFile('before-v7.json', bytes(old));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.tables.recentViews).toEqual([]);

    const fresh = new NaviDatabase(`user-data-fresh-${counter}`);
    await recordProgramView(COI.id, new Date('2026-12-02T09:00:00Z'), fresh);
    await restoreUserData(parsed.file, 'merge', fresh);
    expect(await readUserData(fresh)).toEqual({
      ...work,
      recentViews: [{ programId: COI.id, viewedAt: '2026-12-02T09:00:00.000Z' }],
    });
    await fresh.delete();
  });

  it('refuses a hostile or broken file with reasons as data, and pollutes nothing', () => {
    const base = buildUserDataFile(noRows(), META);
    const problems = (name: string, content: Uint8Array) => {
      const parsed = parseUserDataFile(name, content);
      if (parsed.ok) throw new Error(`${name} was accepted`);
      return parsed.problems;
    };
    // A real "__proto__" key, as JSON.parse makes it: an own property, never the prototype.
    const proto = new TextEncoder().encode(
      JSON.stringify(base).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},'),
    );
    expect(problems('proto.json', proto)[0]).toMatchObject({
      kind: 'value',
      issue: { code: 'unknown-fields', fields: ['__proto__'] },
    });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();

    expect(problems('list.json', bytes({ format: 'shien-menu-navi/shortlists', lists: [] }))[0]!.kind).toBe(
      'format',
    );
    expect(problems('newer.json', bytes({ ...base, formatVersion: 2 }))[0]).toMatchObject({
      kind: 'newer',
      formatVersion: 2,
    });
    expect(problems('cut.json', bytes(base).slice(0, 40))[0]).toMatchObject({
      kind: 'json',
      truncated: true,
    });
    expect(problems('sjis.json', new Uint8Array([0x7b, 0x82, 0xa0, 0x7d]))[0]!.kind).toBe('encoding');
    expect(problems('huge.json', new Uint8Array(MAX_USER_DATA_BYTES + 1))[0]).toMatchObject({
      kind: 'too-large',
      limit: MAX_USER_DATA_BYTES,
    });
    const badRow = {
      ...base,
      tables: {
        shortlists: [{ id: 'l1', name: '  ', position: 1, createdAt: 'x', updatedAt: 'x' }],
        shortlistEntries: [
          {
            id: 'l2|sip',
            listId: 'l2',
            programId: 'sip',
            programName: '<img src=x onerror=alert(1)>',
            status: 'considering',
            note: '',
            deadline: null,
            reasons: [],
            position: 1,
            addedAt: 'x',
            updatedAt: 'x',
          },
        ],
      },
    };
    expect(problems('bad.json', bytes(badRow))).toEqual([
      {
        file: 'bad.json',
        path: 'tables.shortlists.0.name',
        kind: 'value',
        at: { table: 'shortlists', row: 1, label: null, field: 'name' },
        issue: { code: 'empty' },
      },
    ]);
    badRow.tables.shortlists[0]!.name = 'A';
    expect(problems('orphan.json', bytes(badRow))).toEqual([
      {
        file: 'orphan.json',
        path: 'tables.shortlistEntries.0',
        kind: 'orphan',
        at: { table: 'shortlistEntries', row: 1, label: '<img src=x onerror=alert(1)>', field: 'listId' },
      },
    ]);
    // A list longer than a list file may hold is refused here too: its page would not open.
    const entry = badRow.tables.shortlistEntries[0]!;
    const long = {
      ...base,
      tables: {
        shortlists: [{ id: 'l1', name: '顧客A', position: 1, createdAt: 'x', updatedAt: 'x' }],
        shortlistEntries: Array.from({ length: MAX_LIST_ENTRIES + 1 }, (_, i) => ({
          ...entry,
          id: `l1|p${i}`,
          listId: 'l1',
          programId: `p${i}`,
          position: i,
        })),
      },
    };
    expect(problems('long.json', bytes(long))).toEqual([
      {
        file: 'long.json',
        path: 'tables.shortlists.0',
        kind: 'list-too-long',
        at: { table: 'shortlists', row: 1, label: '顧客A', field: null },
        count: MAX_LIST_ENTRIES + 1,
        limit: MAX_LIST_ENTRIES,
      },
    ]);
    long.tables.shortlistEntries.pop();
    expect(parseUserDataFile('long.json', bytes(long)).ok).toBe(true);
    const twice = {
      ...base,
      tables: { favourites: [base, base].map(() => ({ programId: 'sip', addedAt: 'x' })) },
    };
    expect(problems('twice.json', bytes(twice))[0]).toMatchObject({ kind: 'duplicate', at: { row: 2 } });
  });
});

describe('restoring', () => {
  async function fileFrom(make: (db: NaviDatabase) => Promise<unknown>): Promise<UserDataFile> {
    const other = new NaviDatabase(`user-data-source-${counter}`);
    await make(other);
    const file = buildUserDataFile(await readUserData(other), META);
    await other.delete();
    return file;
  }

  it('into an empty database brings everything back', async () => {
    const file = await fileFrom((db) => someData(db));
    await restoreUserData(file, 'merge', database);
    expect(await readUserData(database)).toEqual(file.tables);
  });

  it('previews and merges: adds what is missing, keeps the user’s version of the rest', async () => {
    const list = await someData(database);
    const file = await fileFrom(async (db) => {
      await db.shortlists.add({ ...(await database.shortlists.get(list))!, name: '名前を変えたリスト' });
      const store = new ShortlistStore(db);
      await store.add(list, SIP, null, new Date('2026-12-02T00:00:00Z'));
      await store.create('同僚のリスト');
    });
    const diff = diffUserData(await readUserData(database), file.tables);
    expect(restoreCounts(diff, 'merge')).toEqual({ added: 2, replaced: 0, removed: 0 });
    // Replace also removes the one program this device viewed and the file never saw.
    expect(restoreCounts(diff, 'replace')).toEqual({ added: 2, replaced: 1, removed: 4 });

    await restoreUserData(file, 'merge', database);
    const lists = (await database.shortlists.orderBy('position').toArray()).map((l) => l.name);
    expect(lists).toEqual(['A大学 URA', '同僚のリスト']);
    const entries = await database.shortlistEntries.where('listId').equals(list).sortBy('position');
    expect(entries.map((e) => [e.programId, e.position, e.note])).toEqual([
      ['coi-next', 1, '学内締切 4/20'],
      ['sip', 2, ''],
    ]);
    expect(await database.profiles.count()).toBe(1);
  });

  it('replaces: the database then holds exactly the file', async () => {
    await someData(database);
    const file = await fileFrom((db) => someData(db, '別のリスト'));
    await restoreUserData(file, 'replace', database);
    expect(await readUserData(database)).toEqual(file.tables);
  });

  it('changes nothing when the disk fills part-way (one transaction, nothing caught inside)', async () => {
    const failing = new NaviDatabase(`user-data-failing-${counter}`);
    const storage = installFailingWrites(failing);
    await someData(failing);
    const before = await readUserData(failing);
    const file = await fileFrom((db) => someData(db, '取り込むリスト'));
    // Clearing works, the later bulk writes fail: without the one transaction, the clear would stay.
    storage.failWrites('favourites');
    await expect(restoreUserData(file, 'replace', failing)).rejects.toMatchObject({});
    storage.recover();
    expect(await readUserData(failing)).toEqual(before);
    await failing.delete();
  });

  it('keeps the file format and the app’s tables in step', () => {
    expect(USER_DATA_FORMAT).toBe('shien-menu-navi/user-data');
    const db = new NaviDatabase('user-data-tables');
    for (const { table, key } of USER_DATA_TABLES) expect(db.table(table).schema.primKey.keyPath).toBe(key);
  });
});
