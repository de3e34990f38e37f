import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { normalizeForSearch, normalizeWithOffsets } from '../../shared/search/normalize';
import { ProgramSearchIndex } from '../../shared/search/program-search';
import { parseQuery } from '../../shared/search/query';
import { answerSearch } from '../../shared/search/search-answer';
import { syntheticPrograms } from '../bench/synthetic-catalog';

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error('invalid catalog');
const programs = result.catalog.programs;
const index = ProgramSearchIndex.build(programs);
const ids = (query: string, extra: Partial<Parameters<typeof index.search>[0]> = {}) =>
  Array.from(index.search({ query, ...extra }).order, (i) => index.ids[i]!);
const byId = new Map(programs.map((p) => [p.id, p]));
const loadPrograms = async (list: string[]) => list.map((id) => byId.get(id)!);

describe('normalizeForSearch', () => {
  it.each([
    ['ﾊﾞｲｵﾏｽ', 'ばいおます'],
    ['バイオマス', 'ばいおます'],
    ['ＣＯＩ－ＮＥＸＴ', 'coi-next'],
    ['スマートシティ', 'すまとしてぃ'],
    ['ｽﾏｰﾄｼﾃｨ', 'すまとしてぃ'],
    ['「知」の集積', '知の集積'],
    ['医療系ベンチャー TOTAL サポート', '医療系べんちゃtotalさぽと'],
    ['バイオマス・プラスチック', 'ばいおますぷらすちっく'],
  ])('%s → %s', (input, expected) => expect(normalizeForSearch(input)).toBe(expected));

  it('keeps voiced and unvoiced kana apart (が is not か)', () => {
    expect(normalizeForSearch('ガ')).not.toBe(normalizeForSearch('カ'));
    expect(normalizeForSearch('パ')).not.toBe(normalizeForSearch('ハ'));
  });

  it('maps every normalised character back to the original, half-width sound marks included', () => {
    const { normalized, offsets } = normalizeWithOffsets('新ﾊﾞｲｵ・事業');
    expect(normalized).toBe('新ばいお事業');
    expect(offsets).toEqual([0, 1, 3, 4, 6, 7]);
  });
});

describe('parseQuery', () => {
  it('understands AND, OR, exclusion and phrases', () => {
    const terms = parseQuery('バイオ 補助金|委託 -医療 "共創の場"');
    expect(terms.map((t) => [t.negated, t.exact])).toEqual([
      [false, false],
      [false, false],
      [true, false],
      [false, true],
    ]);
    // Minimal: 補助 covers 補助金, 委託 covers 委託費.
    expect(terms[1]!.alternatives.sort()).toEqual(['助成', '委託', '補助']);
    expect(terms[3]!.alternatives).toEqual(['共創の場']);
  });

  it('expands ministry short names from the synonym data', () => {
    expect(parseQuery('経産省')[0]!.alternatives).toEqual(expect.arrayContaining(['経済産業省', 'meti']));
  });
});

describe('ProgramSearchIndex on the real catalog', () => {
  it('requires every word, honours | and excludes -words', () => {
    expect(ids('バイオマス 地産地消')).toEqual(['biomass-local-production']);
    expect(ids('PRISM|SIP').sort()).toEqual(['prism-bio-community-survey', 'sip-smart-bio']);
    const withoutHealth = ids('ベンチャー -医療');
    expect(withoutHealth).not.toContain('medical-venture-total-support');
    expect(ids('ベンチャー')).toContain('medical-venture-total-support');
    expect(ids('"共創の場形成支援プロクラム"')).toEqual([]);
  });

  // QA: ゲノム found a program through its near word 遺伝子, but -ゲノム left it in.
  it('-word leaves out everything the word finds, near words included', () => {
    const genome = ids('ゲノム');
    const byNearWordOnly = genome.filter((id) => {
      const p = byId.get(id)!;
      return !normalizeForSearch(`${p.name} ${p.summary ?? ''}`).includes(normalizeForSearch('ゲノム'));
    });
    expect(byNearWordOnly.length).toBeGreaterThan(0);
    const rest = ids('-ゲノム');
    for (const id of genome) expect(rest).not.toContain(id);
    expect(rest).toHaveLength(programs.length - genome.length);
    expect(ids('バイオ -ゲノム')).toEqual(ids('バイオ').filter((id) => !genome.includes(id)));
  });

  it('reads a lone "-" as an exclusion still being typed', () => {
    expect(ids('バイオ -')).toEqual(ids('バイオ'));
    expect(ids('-')).toHaveLength(programs.length);
  });

  it('returns everything for an empty query, in Japanese name order', () => {
    const all = ids('');
    expect(all).toHaveLength(result.catalog.programs.length);
    const names = all.map((id) => result.catalog.programs.find((p) => p.id === id)!.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('ja').compare));
  });

  it('filters by facets and counts each facet as if its own filter were off', () => {
    const r = index.search({ query: '', filters: { ministry: ['経済産業省'], status: ['active'] } });
    const found = Array.from(r.order, (i) => byId.get(index.ids[i]!)!);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.ministries.includes('経済産業省') && p.status.value === 'active')).toBe(true);
    expect(r.facetCounts.ministry.get('厚生労働省')).toBeGreaterThan(0);
    expect(r.facetCounts.status.get('historical')).toBeGreaterThan(0);
    expect(r.facetCounts.applicant.get('university')).toBeLessThanOrEqual(found.length);
  });

  it('sorts by budget, newest fiscal year and name', () => {
    expect(ids('', { sort: 'budget' })[0]).toBe('generic-drug-manufacturing-fund');
    const byYear = ids('', { sort: 'fiscalYear' }).map((id) => byId.get(id)!.describes.year);
    expect(byYear).toEqual([...byYear].sort((a, b) => b - a));
  });
});

import { highlight } from '../../shared/search/highlight';

describe('search independent of storage order', () => {
  it('gives the same ids in the same order however the programs were listed', () => {
    const synthetic = syntheticPrograms(3_000);
    // IndexedDB lists records by id ("synthetic-10" before "synthetic-2"); the array lists them by number.
    const sortedById = [...synthetic].sort((a, b) => (a.id < b.id ? -1 : 1));
    const a = ProgramSearchIndex.build(synthetic);
    const b = ProgramSearchIndex.build(sortedById);
    for (const request of [
      { query: 'ゲノム 実証' },
      { query: '' },
      { query: 'バイオ', sort: 'budget' as const },
    ]) {
      const listA = Array.from(a.search(request).order, (r) => a.ids[r]!);
      const listB = Array.from(b.search(request).order, (r) => b.ids[r]!);
      expect(listA.length).toBeGreaterThan(10);
      expect(listB).toEqual(listA);
    }
  });
});

describe('answerSearch (the worker reply)', () => {
  it('sends only the page of rows the list draws, best first', async () => {
    const reply = await answerSearch(index, 7, { query: 'バイオ' }, 5, loadPrograms);
    expect(reply).toMatchObject({ type: 'result', id: 7, query: 'バイオ', indexed: programs.length });
    expect(reply.rows.map((p) => p.id)).toEqual(ids('バイオ').slice(0, 5));
    expect(reply.total).toBe(ids('バイオ').length);
    expect(reply.unfiltered).toBe(reply.total);
  });

  it('counts what the filters hid when they leave nothing', async () => {
    const reply = await answerSearch(
      index,
      1,
      { query: '経産省', filters: { applicant: ['municipality'] } },
      50,
      loadPrograms,
    );
    expect(reply.total).toBe(0);
    expect(reply.rows).toEqual([]);
    expect(reply.unfiltered).toBe(ids('経産省').length);
    expect(reply.unfiltered).toBeGreaterThan(0);
  });
});

describe('highlight', () => {
  it('marks matches in the original text, whatever width or script was typed', () => {
    const segments = highlight('バイオマス地産地消対策', parseQuery('ﾊﾞｲｵﾏｽ 地消'));
    expect(segments).toEqual([
      { text: 'バイオマス', hit: true },
      { text: '地産', hit: false },
      { text: '地消', hit: true },
      { text: '対策', hit: false },
    ]);
  });

  it('marks across a dropped long-vowel mark and leaves excluded words alone', () => {
    expect(highlight('スマートシティの展開', parseQuery('スマトシティ -展開')).filter((s) => s.hit)).toEqual([
      { text: 'スマートシティ', hit: true },
    ]);
  });
});
