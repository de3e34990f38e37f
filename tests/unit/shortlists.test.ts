import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { NaviDatabase } from '../../renderer/src/db/db';
import { seedCatalog } from '../../renderer/src/db/seed-catalog';
import { ShortlistStore, entryId } from '../../renderer/src/db/shortlists-repository';
import { readFileSync } from 'node:fs';
import { matchPrograms } from '../../shared/matching/match-programs';
import { reasonText } from '../../shared/matching/reason-text';
import { validateCatalog } from '../../shared/catalog/validate';
import { savedReasons } from '../../renderer/src/features/shortlists/saved-reasons';
import { newEntryFields } from '../../shared/shortlist/shortlist';
import {
  buildShortlistFile,
  parseShortlistFile,
  unreadableReasonCount,
} from '../../shared/shortlist/shortlist-file';

const COI = { id: 'coi-next', name: '共創の場形成支援プログラム（COI-NEXT）' };
const BIOMASS = { id: 'biomass-local-production', name: 'バイオマス地産地消' };
const THIRD = { id: 'sip', name: 'SIP' };
const SIPLIKE = { id: 'sip-2', name: 'SIP 第2期' };
const suffix = (name: string, n: number) => `${name}（取り込み${n > 1 ? n : ''}）`;

let database: NaviDatabase;
let store: ShortlistStore;
let counter = 0;
beforeEach(async () => {
  database = new NaviDatabase(`shortlist-test-${++counter}`);
  await database.open();
  store = new ShortlistStore(database);
});
afterEach(async () => {
  await database.delete();
});

const names = async () => (await database.shortlists.orderBy('position').toArray()).map((l) => l.name);
const entriesOf = async (listId: string) =>
  (await database.shortlistEntries.where('listId').equals(listId).sortBy('position')).map((e) => e.programId);

describe('shortlists', () => {
  it('creates, renames, reorders, duplicates lists with their entries', async () => {
    const a = await store.create(' A大学 URA ');
    const b = await store.create('B市 ワークショップ');
    await store.add(a, COI);
    await store.add(a, BIOMASS);
    await store.add(a, COI); // twice: still once
    expect(await entriesOf(a)).toEqual(['coi-next', 'biomass-local-production']);
    await store.update(a, COI.id, { status: 'planned', note: '学内締切に注意', deadline: '2027-04-20' });

    await store.rename(b, 'B市 2026 ワークショップ');
    await store.move(b, -1);
    expect(await names()).toEqual(['B市 2026 ワークショップ', 'A大学 URA']);
    await store.move(b, -1); // already first: nothing happens
    expect(await names()).toEqual(['B市 2026 ワークショップ', 'A大学 URA']);

    const copy = await store.duplicate(a, 'A大学 URA のコピー');
    expect(await names()).toEqual(['B市 2026 ワークショップ', 'A大学 URA', 'A大学 URA のコピー']);
    expect(await entriesOf(copy)).toEqual(['coi-next', 'biomass-local-production']);
    expect(await database.shortlistEntries.get(entryId(copy, COI.id))).toMatchObject({
      status: 'planned',
      note: '学内締切に注意',
      deadline: '2027-04-20',
    });
    // The copy is independent of the original.
    await store.update(copy, COI.id, { note: 'コピー側' });
    expect((await database.shortlistEntries.get(entryId(a, COI.id)))!.note).toBe('学内締切に注意');
  });

  it('creates a list with its programs in one transaction: a failure leaves no half list', async () => {
    const id = await store.createWith('診断結果', [
      { program: COI, wizard: null },
      { program: BIOMASS, wizard: null },
    ]);
    expect(await entriesOf(id)).toEqual(['coi-next', 'biomass-local-production']);
    // The second write fails after the list and the first entry are written.
    const failing = {
      get id(): string {
        throw new Error('simulated failure mid-write');
      },
      name: '失敗する制度',
    };
    await expect(
      store.createWith('途中で失敗', [
        { program: SIPLIKE, wizard: null },
        { program: failing, wizard: null },
      ]),
    ).rejects.toThrow();
    expect(await names()).toEqual(['診断結果']);
    expect(await database.shortlistEntries.count()).toBe(2);
  });

  it('reorders entries and undoes removing one, status and note intact', async () => {
    const a = await store.create('A');
    for (const p of [COI, BIOMASS, THIRD]) await store.add(a, p);
    await store.moveEntry(a, THIRD.id, -1);
    expect(await entriesOf(a)).toEqual(['coi-next', 'sip', 'biomass-local-production']);
    await store.update(a, THIRD.id, { status: 'applied', note: '申請済み 6/1' });
    const removed = await store.remove(a, THIRD.id);
    expect(await entriesOf(a)).toEqual(['coi-next', 'biomass-local-production']);
    await store.restoreEntry(removed!);
    expect(await entriesOf(a)).toEqual(['coi-next', 'sip', 'biomass-local-production']);
    expect(await database.shortlistEntries.get(entryId(a, THIRD.id))).toMatchObject({
      status: 'applied',
      note: '申請済み 6/1',
    });
  });

  it('deletes a list with its entries in one go and undo brings all back', async () => {
    const a = await store.create('A');
    const b = await store.create('B');
    await store.add(a, COI);
    await store.add(a, BIOMASS);
    await store.add(b, COI);
    await store.update(a, BIOMASS.id, { note: '消えてはいけないメモ' });
    const before = await database.shortlistEntries.toArray();

    const deleted = await store.delete(a);
    expect(await names()).toEqual(['B']);
    expect(await database.shortlistEntries.count()).toBe(1);
    await store.restore(deleted!);
    expect(await names()).toEqual(['A', 'B']);
    expect(await database.shortlistEntries.toArray()).toEqual(before);
  });

  it('keeps entries, notes included, when the catalog is replaced and no longer has the program', async () => {
    await seedCatalog(database, embeddedCatalogVersion, () => embeddedCatalogData);
    const next = structuredClone(embeddedCatalogData) as {
      meta: { catalogVersion: string };
      programs: { id: string; name: string }[];
    };
    // A program nothing else in the catalog refers to, so the new catalog is valid without it.
    const gone = next.programs.find(
      (p) =>
        JSON.stringify({ ...next, programs: next.programs.filter((q) => q !== p) }).split(`"${p.id}"`)
          .length === 1,
    )!;
    const a = await store.create('A');
    await store.add(a, gone);
    await store.update(a, gone.id, { note: 'この制度のメモ' });
    next.meta.catalogVersion = '2099.01.01-1';
    next.programs = next.programs.filter((p) => p !== gone);
    const outcome = await seedCatalog(database, '2099.01.01-1', () => next);
    expect(outcome.status).toBe('loaded');
    expect(await database.programs.get(gone.id)).toBeUndefined();
    expect(await database.shortlistEntries.get(entryId(a, gone.id))).toMatchObject({
      programName: gone.name,
      note: 'この制度のメモ',
    });
  });

  it('round-trips a shortlist file and imports it as new lists, never over the user’s own', async () => {
    const a = await store.create('A大学 URA');
    await store.add(a, COI, {
      group: 'eligible',
      reasons: [{ criterion: 'org', verdict: 'matched', code: 'org-stated', params: { type: 'university' } }],
    });
    await store.update(a, COI.id, {
      status: 'planned',
      note: 'メモ "引用" <b>太字</b>',
      deadline: '2027-01-31',
    });
    const file = buildShortlistFile(await store.forFile([a]), embeddedCatalogVersion);
    const bytes = new TextEncoder().encode(JSON.stringify(file));

    const parsed = parseShortlistFile('a.json', bytes);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { created } = await store.importFile(parsed.file, suffix);
    const { created: again } = await store.importFile(parsed.file, suffix);
    expect(await names()).toEqual(['A大学 URA', 'A大学 URA（取り込み）', 'A大学 URA（取り込み2）']);
    for (const id of [...created, ...again]) {
      expect(await database.shortlistEntries.get(entryId(id, COI.id))).toMatchObject({
        status: 'planned',
        note: 'メモ "引用" <b>太字</b>',
        deadline: '2027-01-31',
        reasons: [{ code: 'org-stated', params: { type: 'university' } }],
        wizardGroup: 'eligible',
      });
    }
    expect(await database.shortlistEntries.get(entryId(a, COI.id))).toMatchObject({ status: 'planned' });
  });

  it('an imported file cannot rename a program: known ids take the catalog’s name, unknown ones are counted', async () => {
    const file = buildShortlistFile(
      [
        {
          name: 'B',
          entries: [
            { ...newEntryFields(COI), programName: '偽の名前' },
            { ...newEntryFields(COI), programId: 'no-such-program', programName: '謎の制度' },
          ],
        },
      ],
      embeddedCatalogVersion,
    );
    await seedCatalog(database, embeddedCatalogVersion, () => embeddedCatalogData);
    const catalogName = (await database.programs.get(COI.id))!.name;
    const { created, unknown } = await store.importFile(file, suffix);
    expect(unknown).toBe(1);
    expect(await database.shortlistEntries.get(entryId(created[0]!, COI.id))).toMatchObject({
      programName: catalogName,
    });
    expect(await database.shortlistEntries.get(entryId(created[0]!, 'no-such-program'))).toMatchObject({
      programName: '謎の制度',
    });
  });

  it('lists deadlines soonest first across lists', async () => {
    const a = await store.create('A');
    const b = await store.create('B');
    await store.add(a, COI);
    await store.add(a, BIOMASS);
    await store.add(b, THIRD);
    await store.update(a, BIOMASS.id, { deadline: '2027-03-01' });
    await store.update(b, THIRD.id, { deadline: '2027-02-01' });
    const withDeadline = await database.shortlistEntries.where('deadline').above('').sortBy('deadline');
    expect(withDeadline.map((e) => e.programId)).toEqual(['sip', 'biomass-local-production']);
  });
});

describe('shortlist file validation', () => {
  const valid = () =>
    buildShortlistFile(
      [
        {
          name: 'A',
          entries: [
            {
              programId: COI.id,
              programName: COI.name,
              status: 'considering',
              note: '',
              deadline: null,
              reasons: [],
            },
          ],
        },
      ],
      embeddedCatalogVersion,
    );
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  const problems = (bytes: Uint8Array) => {
    const parsed = parseShortlistFile('colleague.json', bytes);
    return parsed.ok ? [] : parsed.problems;
  };

  it('rejects a broken, foreign, badly encoded or oversized file and says which file and where', () => {
    expect(problems(new TextEncoder().encode('{"format": '))).toEqual([
      expect.objectContaining({ file: 'colleague.json', kind: 'json', truncated: true }),
    ]);
    expect(problems(new TextEncoder().encode('{\n"format": x}'))).toEqual([
      expect.objectContaining({ kind: 'json', truncated: false }),
    ]);
    expect(problems(encode({ hello: 1 }))).toEqual([
      expect.objectContaining({ kind: 'format', path: 'format' }),
    ]);
    expect(problems(Uint8Array.from([0x7b, 0x22, 0x82, 0xa0, 0x22, 0x7d]))).toEqual([
      expect.objectContaining({ kind: 'encoding' }),
    ]);
    expect(problems(new Uint8Array(21 * 1024 * 1024))).toEqual([
      expect.objectContaining({ kind: 'too-large', bytes: 21 * 1024 * 1024, limit: 20 * 1024 * 1024 }),
    ]);
  });

  it('refuses a real "__proto__" key in the file and pollutes no prototype', () => {
    // JSON text, not an object literal: only JSON.parse makes "__proto__" an own key, as a hostile file would.
    const text = JSON.stringify(valid())
      .replace('{', '{"__proto__":{"polluted":"top"},')
      .replace('"programId":', '"__proto__":{"polluted":"entry","status":"won"},"programId":');
    const hostile = JSON.parse(text) as { lists: { entries: object[] }[] };
    expect(Object.hasOwn(hostile, '__proto__')).toBe(true);
    expect(Object.hasOwn(hostile.lists[0]!.entries[0]!, '__proto__')).toBe(true);

    const found = problems(new TextEncoder().encode(text));
    expect(found.map((p) => p.path).sort()).toEqual(['', 'lists[0].entries[0]']);
    expect(
      found.every(
        (p) =>
          p.kind === 'value' && p.issue.code === 'unknown-fields' && p.issue.fields.includes('__proto__'),
      ),
    ).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('status');
  });

  it('names the list, entry and field of a bad value, and what is wrong with it', () => {
    const bad = valid() as unknown as { lists: { entries: Record<string, unknown>[] }[] };
    bad.lists[0]!.entries[0]!.status = 'won';
    expect(problems(encode(bad))).toEqual([
      {
        file: 'colleague.json',
        path: 'lists[0].entries[0].status',
        kind: 'value',
        at: { list: 1, listName: 'A', entry: 1, programName: COI.name, field: 'status' },
        issue: { code: 'choice', allowed: ['considering', 'planned', 'applied', 'awarded', 'declined'] },
      },
    ]);
    const extra = valid() as unknown as { lists: { entries: Record<string, unknown>[] }[] };
    extra.lists[0]!.entries[0]!.__proto__polluted = true;
    expect(problems(encode(extra))[0]).toMatchObject({
      path: 'lists[0].entries[0]',
      at: { list: 1, entry: 1, field: null },
      issue: { code: 'unknown-fields', fields: ['__proto__polluted'] },
    });
    const deadline = valid() as unknown as { lists: { entries: Record<string, unknown>[] }[] };
    deadline.lists[0]!.entries[0]!.deadline = '2027-02-30';
    expect(problems(encode(deadline))[0]).toMatchObject({
      at: { field: 'deadline' },
      issue: { code: 'date' },
    });
    const missing = valid() as unknown as { lists: { name?: string; entries: Record<string, unknown>[] }[] };
    delete missing.lists[0]!.name;
    delete missing.lists[0]!.entries[0]!.note;
    expect(problems(encode(missing))).toEqual([
      expect.objectContaining({
        at: expect.objectContaining({ listName: null, field: 'name' }),
        issue: { code: 'missing' },
      }),
      expect.objectContaining({
        at: expect.objectContaining({ entry: 1, field: 'note' }),
        issue: { code: 'missing' },
      }),
    ]);
  });
});

describe('saved reasons', () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  const parse = (value: unknown) => {
    const parsed = parseShortlistFile('colleague.json', encode(value));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.file;
  };

  it('keep the engine’s codes and params through a list file, in both languages', () => {
    const valid = validateCatalog(embeddedCatalogData);
    if (!valid.ok) throw new Error('invalid catalog');
    const result = matchPrograms(
      valid.catalog,
      {
        members: [
          { org: 'national-university', prefecture: '新潟県' },
          { org: 'sme', prefecture: '新潟県' },
        ],
        themes: ['d3'],
        needs: ['research'],
        stage: 'applied',
        openOnly: false,
      },
      { today: '2026-12-01' },
    );
    const entries = [...result.eligible, ...result.check].map((m) => ({
      programId: m.program.id,
      programName: m.program.name,
      status: 'considering' as const,
      note: '',
      deadline: null,
      reasons: savedReasons(m.reasons),
    }));
    const file = parse(buildShortlistFile([{ name: '診断結果', entries }], embeddedCatalogVersion));
    expect(file.formatVersion).toBe(3);
    expect(file.lists[0]!.entries).toEqual(entries);
    expect(unreadableReasonCount(file)).toBe(0);
    const first = file.lists[0]!.entries[0]!.reasons[0]!;
    expect(reasonText(first, 'en')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('read a list file saved by the previous version (frozen fixture) with the words it showed', () => {
    const bytes = readFileSync('tests/fixtures/shortlist-file-v1.json');
    const parsed = parseShortlistFile('shortlist-file-v1.json', new Uint8Array(bytes));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const [candidates, manual] = parsed.file.lists;
    expect(candidates!.entries.map((e) => [e.programId, e.status, e.note, e.deadline])).toEqual([
      ['coi-next', 'planned', '学内締切に注意', '2027-04-20'],
      ['medical-venture-total-support', 'considering', '', null],
      ['smart-city', 'considering', '', null],
    ]);
    const coi = candidates!.entries[0]!.reasons;
    expect(coi.map((r) => reasonText(r, 'ja'))).toEqual([
      '資料に「①大学等研究機関」と明記',
      '市場領域横断の施策',
      '「研究開発」を支援',
      '資料に対象地域の記載なし（山形県で応募できるか要確認）',
      '新規課題採択 有（令和4年度）',
    ]);
    expect(coi[0]).toMatchObject({ code: 'legacy', criterion: 'org', verdict: 'matched' });
    expect(reasonText(coi[0]!, 'en')).toBe('The source names “①大学等研究機関”');
    expect(manual!.entries[0]).toMatchObject({ programId: 'sip-smart-bio', status: 'applied', reasons: [] });
    expect(unreadableReasonCount(parsed.file)).toBe(0);
  });

  it('keep a reason this version cannot read as such, and the rest of the list intact', () => {
    const file = JSON.parse(readFileSync('tests/fixtures/shortlist-file-v1.json', 'utf8')) as {
      formatVersion: number;
      lists: { entries: { reasons: unknown[] }[] }[];
    };
    file.formatVersion = 2;
    file.lists[0]!.entries[0]!.reasons = [
      { criterion: 'org', verdict: 'matched', code: 'org-stated', params: { type: 'university' } },
      { criterion: 'org', verdict: 'matched', code: 'org-from-the-future', params: { year: 2031 } },
      {
        criterion: 'region',
        verdict: 'matched',
        code: 'region-inside',
        params: { regions: ['関東圏'], prefecture: 'Atlantis' },
      },
    ];
    const parsed = parse(file);
    const reasons = parsed.lists[0]!.entries[0]!.reasons;
    expect(reasons.map((r) => r.code)).toEqual(['org-stated', 'unreadable', 'unreadable']);
    expect(reasonText(reasons[1]!, 'ja')).toBe(
      'このバージョンでは表示できない判定理由（org-from-the-future）',
    );
    expect(reasonText(reasons[1]!, 'en')).toBe('A reason this version cannot show (org-from-the-future)');
    expect(unreadableReasonCount(parsed)).toBe(2);
    expect(parsed.lists[0]!.entries[0]).toMatchObject({ programId: 'coi-next', note: '学内締切に注意' });
    expect(parsed.lists[1]!.entries).toHaveLength(1);
  });

  it('refuse a file whose reasons are not reasons at all, naming where', () => {
    const file = JSON.parse(readFileSync('tests/fixtures/shortlist-file-v1.json', 'utf8')) as {
      lists: { entries: { reasons: unknown[] }[] }[];
    };
    file.lists[0]!.entries[1]!.reasons = ['理由'];
    const parsed = parseShortlistFile('colleague.json', encode(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems[0]).toMatchObject({ path: 'lists[0].entries[1].reasons[0]', kind: 'value' });
  });
});
