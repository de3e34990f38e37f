import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { NaviDatabase } from '../../renderer/src/db/db';
import { ShortlistStore, entryId } from '../../renderer/src/db/shortlists-repository';
import { EXPORT_COLUMNS } from '../../renderer/src/features/export/export-columns';
import { wizardVerdict } from '../../renderer/src/features/shortlists/saved-reasons';
import { translate, type Locale } from '../../renderer/src/i18n/i18n';
import { validateCatalog } from '../../shared/catalog/validate';
import { matchPrograms } from '../../shared/matching/match-programs';
import { buildShortlistFile, parseShortlistFile } from '../../shared/shortlist/shortlist-file';
import type { EntryFields } from '../../shared/shortlist/shortlist';

const valid = validateCatalog(embeddedCatalogData);
if (!valid.ok) throw new Error('invalid catalog');
const { catalog } = valid;
const result = matchPrograms(
  catalog,
  {
    members: [{ org: 'national-university', prefecture: '大阪府' }],
    themes: [],
    needs: ['research'],
    stage: null,
    openOnly: false,
  },
  { today: '2026-12-01' },
);
const match = (id: string) =>
  [...result.eligible, ...result.check, ...result.notEligible, ...result.ended].find(
    (m) => m.program.id === id,
  )!;
const HUB = match('regional-core-university-fusion-hub');
const COI = match('coi-next');

const cell = (column: string, entry: EntryFields, locale: Locale) =>
  EXPORT_COLUMNS.find((c) => c.id === column)!.value(
    { program: catalog.programs.find((p) => p.id === entry.programId)!, entry },
    { t: (key, params) => translate(locale, key, params), locale, documents: new Map() },
  );

let database: NaviDatabase;
let store: ShortlistStore;
let counter = 0;
beforeEach(async () => {
  database = new NaviDatabase(`wizard-list-test-${++counter}`);
  await database.open();
  store = new ShortlistStore(database);
});
afterEach(async () => {
  await database.delete();
});

describe('a list entry added from a wizard result', () => {
  it('keeps the group and every reason with its verdict, not only the ✓ ones', async () => {
    expect(HUB.group).toBe('check');
    const list = await store.createWith('A大学の候補', [
      { program: COI.program, wizard: wizardVerdict(COI) },
      { program: HUB.program, wizard: wizardVerdict(HUB) },
    ]);
    const hub = (await database.shortlistEntries.get(entryId(list, HUB.program.id)))!;
    expect(hub.wizardGroup).toBe('check');
    expect(hub.reasons.map((r) => [r.code, r.verdict])).toEqual(HUB.reasons.map((r) => [r.code, r.verdict]));
    expect(hub.reasons.map((r) => r.verdict)).toEqual(expect.arrayContaining(['unknown', 'info', 'not-met']));
  });

  it('exports its group and all its reasons, each with its verdict, in either language', async () => {
    const list = await store.createWith('A大学の候補', [
      { program: HUB.program, wizard: wizardVerdict(HUB) },
    ]);
    const hub = (await database.shortlistEntries.get(entryId(list, HUB.program.id)))!;
    expect(cell('wizardGroup', hub, 'ja')).toBe('要確認');
    expect(cell('wizardGroup', hub, 'en')).toBe('To be confirmed');
    expect(cell('reasons', hub, 'ja').split('\n')).toEqual([
      '申請主体（該当）: 資料は申請主体を「大学等研究機関」とし、「国立大学法人」はこれに含まれる',
      'チーム（要確認）: 資料は「企業」と連携した実施を求める。単独で申請できるかは要確認（チームとして診断すると体制を確認できる）',
      '支援内容（関心とは別）: 資料が挙げる支援は「施設・設備整備」「産学官連携・拠点形成」',
      '地域（参考）: 資料に対象地域の記載なし',
      '募集状況（参考）: 令和4年度の資料では新規課題採択 有。現在の公募の有無と締切は所管に確認を',
    ]);
    expect(cell('reasons', hub, 'en')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(cell('reasons', hub, 'en').split('\n')[1]).toMatch(/^Team \(to be confirmed\): /);
  });

  it('an entry added by hand exports empty wizard columns', async () => {
    const list = await store.create('手で作ったリスト');
    await store.add(list, COI.program);
    const entry = (await database.shortlistEntries.get(entryId(list, COI.program.id)))!;
    expect(entry.wizardGroup).toBeUndefined();
    expect([cell('wizardGroup', entry, 'ja'), cell('reasons', entry, 'ja')]).toEqual(['', '']);
  });

  it('added again from a result, an entry added by hand gains the wizard’s word and keeps its note', async () => {
    const list = await store.create('手で作ったリスト');
    await store.add(list, HUB.program);
    await store.update(list, HUB.program.id, { note: '学内で相談中', status: 'planned' });
    await store.add(list, HUB.program, wizardVerdict(HUB));
    expect(await database.shortlistEntries.get(entryId(list, HUB.program.id))).toMatchObject({
      note: '学内で相談中',
      status: 'planned',
      wizardGroup: 'check',
      reasons: expect.arrayContaining([expect.objectContaining({ code: 'consortium-partners' })]),
    });
  });
});

describe('list files and the wizard’s group', () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

  it('carry the group through a file (format 3) and back', async () => {
    const list = await store.createWith('A大学の候補', [
      { program: HUB.program, wizard: wizardVerdict(HUB) },
    ]);
    const file = buildShortlistFile(await store.forFile([list]), embeddedCatalogVersion);
    expect(file.formatVersion).toBe(3);
    const parsed = parseShortlistFile('a.json', encode(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.lists[0]!.entries[0]).toMatchObject({ wizardGroup: 'check' });
    const {
      created: [imported],
    } = await store.importFile(parsed.file, (name, n) => `${name}（${n}）`);
    expect(await database.shortlistEntries.get(entryId(imported!, HUB.program.id))).toMatchObject({
      wizardGroup: 'check',
    });
  });

  it('read a file of format 2, written before the group was kept, as it was', () => {
    const file = buildShortlistFile(
      [{ name: '前の版', entries: [{ ...wizardEntry(), wizardGroup: undefined }] }],
      embeddedCatalogVersion,
    );
    const parsed = parseShortlistFile('old.json', encode({ ...file, formatVersion: 2 }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.lists[0]!.entries[0]!.wizardGroup).toBeUndefined();
    expect(parsed.file.lists[0]!.entries[0]!.reasons).toHaveLength(HUB.reasons.length);
  });

  it('refuse a group that is none of the four, saying where', () => {
    const file = buildShortlistFile(
      [{ name: '壊れた', entries: [{ ...wizardEntry(), wizardGroup: 'maybe' as never }] }],
      embeddedCatalogVersion,
    );
    const parsed = parseShortlistFile('bad.json', encode(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems[0]).toMatchObject({
        path: 'lists[0].entries[0].wizardGroup',
        at: { list: 1, entry: 1, field: 'wizardGroup' },
      });
  });
});

function wizardEntry(): EntryFields {
  const { group, reasons } = wizardVerdict(HUB);
  return {
    programId: HUB.program.id,
    programName: HUB.program.name,
    status: 'considering',
    note: '',
    deadline: null,
    reasons,
    wizardGroup: group,
  };
}
