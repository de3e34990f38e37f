import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import {
  CatalogSearchIndex,
  OtherRecordsIndex,
  otherRecords,
  recordRef,
} from '../../shared/search/catalog-search';
import { ProgramSearchIndex } from '../../shared/search/program-search';
import { programTexts, recordTexts } from '../../shared/search/record-texts';
import { parseQuery } from '../../shared/search/query';
import { containsWithinOneEdit } from '../../shared/search/one-edit';
import { answerCatalogSearch } from '../../shared/search/search-answer';
import { Lexicon, similarity, suggestionsFor } from '../../shared/search/suggestions';
import { vocabularyWords } from '../../shared/search/vocabulary';
import { baselineCatalogSearch } from '../bench/baseline-fuse';
import { GOLDEN_QUERIES, hitAt3, reciprocalRank, scoreGolden } from '../bench/golden-queries';
import { syntheticPrograms } from '../bench/synthetic-catalog';

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error('invalid catalog');
const catalog = result.catalog;
const index = new CatalogSearchIndex(
  ProgramSearchIndex.build(catalog.programs),
  new OtherRecordsIndex(otherRecords(catalog)),
);
const ranked = (query: string) => index.search(query, 1_000).ranked.map((r) => recordRef(index, r));
const byId = new Map(catalog.programs.map((p) => [p.id, p]));
const loadPrograms = async (ids: string[]) => ids.map((id) => byId.get(id)!);

describe('one search over every record kind: the golden queries', () => {
  it('has at least 60 queries across kinds, readings, abbreviations, policy terms, English, typos and exclusions', () => {
    expect(GOLDEN_QUERIES.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(GOLDEN_QUERIES.map((g) => g.kind));
    for (const kind of [
      'record kind',
      'reading',
      'abbreviation',
      'policy term',
      'English',
      'typo',
      'exclusion',
    ])
      expect(kinds).toContain(kind);
    // Every record a golden query names exists, so none passes by naming nothing.
    const refs = new Set([
      ...catalog.programs.map((p) => p.id),
      ...otherRecords(catalog).map((o) => `${o.kind}:${String(o.record.id)}`),
    ]);
    for (const golden of GOLDEN_QUERIES)
      for (const ref of [...(golden.all ?? []), ...(golden.any ?? []), ...(golden.none ?? [])])
        expect(refs, `${golden.query}: ${ref}`).toContain(ref);
  });

  it.each(GOLDEN_QUERIES.map((g) => [g.query, g.kind, g] as const))(
    'finds %s (%s) in the top 3',
    (query, _kind, golden) => {
      const found = ranked(query);
      expect(hitAt3(found, golden), `top 3: ${found.slice(0, 3).join(', ')}`).toBe(true);
    },
  );

  it('beats plain Fuse.js over the same records on recall@3 and MRR', () => {
    const ours = scoreGolden(ranked);
    const baseline = scoreGolden(baselineCatalogSearch(catalog));
    expect(ours.recall).toBe(1);
    expect(ours.mrr).toBeGreaterThan(baseline.mrr);
    expect(ours.recall).toBeGreaterThan(baseline.recall);
  });

  it('scores recall and reciprocal rank as documented', () => {
    const golden = { query: 'x', kind: 'typo' as const, all: ['a'], none: ['z'] };
    expect(hitAt3(['b', 'c', 'a'], golden)).toBe(true);
    expect(hitAt3(['b', 'c', 'd', 'a'], golden)).toBe(false);
    expect(hitAt3(['a', 'z'], golden)).toBe(false);
    expect(reciprocalRank(['b', 'a'], golden)).toBe(0.5);
    expect(reciprocalRank(['a', 'z'], golden)).toBe(0);
  });
});

describe('the catalog-wide search', () => {
  it('groups results by kind with counts, the kind of the best match first', () => {
    const found = index.search('鶴岡', 5);
    expect(found.groups[0]).toMatchObject({ kind: 'community', total: 1 });
    expect(found.groups.map((g) => g.kind).sort()).toEqual(['community', 'domain', 'framework', 'program']);
    const programs = index.search('バイオ', 5).groups.find((g) => g.kind === 'program')!;
    expect(programs.total).toBeGreaterThan(5);
    expect(programs.records).toHaveLength(5);
  });

  it('finds a community by a member organisation, its network institution or its contact, and says which', async () => {
    for (const [query, field] of [
      ['Spiber', 'member'],
      ['鶴岡サイエンスパーク', 'networkInstitution'],
      ['0235-29-0534', 'contact'],
    ] as const) {
      const reply = await answerCatalogSearch(index, 1, query, 5, loadPrograms);
      expect(reply.best[0], query).toMatchObject({ kind: 'community', record: { id: 'tsuruoka' } });
      expect(reply.best[0]!.field?.field, query).toBe(field);
    }
  });

  it('answers with the program rows of the best hits and nothing for an empty query', async () => {
    const reply = await answerCatalogSearch(index, 3, 'バイオものづくり', 5, loadPrograms);
    expect(reply.best).toHaveLength(3);
    const programs = reply.groups.find((g) => g.kind === 'program')!;
    expect(programs.hits.every((h) => h.kind === 'program' && byId.get(h.record.id) === h.record)).toBe(true);
    const empty = await answerCatalogSearch(index, 4, '', 5, loadPrograms);
    expect(empty.best).toEqual([]);
    expect(empty.groups.find((g) => g.kind === 'program')!.total).toBe(catalog.programs.length);
  });
});

describe('the index’s text of a program', () => {
  it('is the same whether built for the index or for showing where a hit matched', () => {
    for (const program of [...catalog.programs, ...syntheticPrograms(200)])
      expect(programTexts(program)).toEqual(recordTexts({ kind: 'program', record: program }));
  });
});

describe('typo tolerance', () => {
  it('forgives one wrong character in a name, but not a shared prefix', () => {
    expect(ranked('スマートシテイ')[0]).toBe('smart-city');
    // Few records contain バイオマス; names that merely begin with バイオ are not typos of it.
    const found = ranked('バイオマス');
    expect(found).toContain('biomass-local-production');
    expect(found).not.toContain('prism-bio-community-survey');
    expect(found).not.toContain('biobank-utilization');
  });

  it('checks candidates by edit distance anywhere in the text', () => {
    expect(containsWithinOneEdit('共創の場形成支援プログラム', 'ばいおます')).toBe(false);
    expect(containsWithinOneEdit('地域ばいおまず産業', 'ばいおます')).toBe(true);
    expect(containsWithinOneEdit('ばいおます', 'ばいおます')).toBe(true);
    expect(containsWithinOneEdit('ばいおす', 'ばいおます')).toBe(true);
    expect(containsWithinOneEdit('ばいおばんく', 'ばいおます')).toBe(false);
  });
});

describe('the search vocabulary', () => {
  const read = (query: string) => parseQuery(query)[0]!;

  it('reads ministries and agencies by their kana readings and abbreviations', () => {
    expect(read('けいさんしょう').alternatives).toContain('経済産業省');
    expect(read('もんぶかがくしょう').alternatives).toContain('文部科学省');
    expect(read('けいさんしょう').vocabulary).toEqual([
      expect.objectContaining({ typed: 'けいさんしょう', ja: '経済産業省', via: 'reading', from: 'general' }),
    ]);
    expect(read('JST').linked).toEqual(
      expect.arrayContaining(['a-step', 'fusion-oriented-research', 'coi-next']),
    );
    expect(read('AMED').vocabulary[0]).toMatchObject({
      ja: '日本医療研究開発機構',
      from: '004_852dabc3f4e87f45.txt',
    });
  });

  it('adds the near words of a policy term, ranked below the term itself', () => {
    const term = read('バイオものづくり');
    expect(term.alternatives).toEqual(['ばいおものづくり']);
    expect(term.near).toEqual(expect.arrayContaining(['ばいお製造', 'ばいおふぁうんどり']));
    // A record with the word itself outranks one found through a near word (バイオものづくり).
    const found = index.search('バイオ製造', 10).ranked;
    expect(recordRef(index, found[0]!)).toBe('bio-manufacturing-demonstration');
    const throughNearWord = found.find(
      (r) => recordRef(index, r) === 'framework:kagayaku-inochi-declaration',
    );
    expect(throughNearWord!.relevance!.points).toBeLessThan(found[0]!.relevance!.points);
  });

  it('reads English through the glossary and shows the gloss it matched', () => {
    const biomass = read('biomass');
    expect(biomass.alternatives[0]).toBe('ばいおます');
    expect(biomass.vocabulary[0]).toMatchObject({
      typed: 'biomass',
      ja: 'バイオマス',
      via: 'english',
      en: 'biomass',
    });
    // Plurals, a word typed halfway, and phrases, whose small words do not matter.
    expect(read('universities').alternatives).toContain('大学');
    expect(read('univ').alternatives).toContain('大学');
    expect(parseQuery('ministry of environment')).toHaveLength(1);
    expect(read('ministry of environment').alternatives).toContain('環境省');
    expect(read('drug discovery').alternatives[0]).toBe('創薬');
  });

  it('finds something at every letter of a word it knows, from the second (no 0 件 between keystrokes)', () => {
    for (const word of ['university', 'biomass', 'JST', 'けいさんしょう', 'もんぶかがくしょう', 'AMED']) {
      const letters = [...word];
      for (let i = 2; i <= letters.length; i++) {
        const typed = letters.slice(0, i).join('');
        expect(index.count(typed), typed).toBeGreaterThan(0);
      }
    }
    // Halfway words read as the words they begin: JS as JST, けい as the readings that begin so.
    expect(read('JS').vocabulary).toEqual(
      expect.arrayContaining([expect.objectContaining({ ja: '科学技術振興機構', via: 'also' })]),
    );
    expect(read('けいさ').alternatives).toContain('経済産業省');
  });

  it('leaves quoted phrases and unknown words as typed', () => {
    expect(read('"けいさんしょう"')).toMatchObject({
      alternatives: ['けいさんしょう'],
      exact: true,
      vocabulary: [],
    });
    expect(read('量子').vocabulary).toEqual([]);
  });
});

describe('suggestions after a search that found nothing', () => {
  const lexicon = new Lexicon([...vocabularyWords().map((w) => w.display), ...index.programs.labels()]);
  const suggest = (query: string) =>
    suggestionsFor(
      query,
      parseQuery(query),
      lexicon,
      (q) => index.count(q),
      (t) => index.countTerm(t),
    );

  it('offers the nearest words the catalog contains, with what each finds', () => {
    // Longer words are forgiven a typo by the search itself; short ones and English are not.
    expect(index.count('ゲノモ 解析')).toBe(0);
    const found = suggest('ゲノモ 解析');
    expect(found[0]).toMatchObject({ word: 'ゲノム', query: 'ゲノム 解析', change: 'replace' });
    expect(found[0]!.count).toBe(index.count('ゲノム 解析'));
    expect(index.count('univercity')).toBe(0);
    expect(suggest('univercity')[0]).toMatchObject({ word: 'university', change: 'replace' });
  });

  it('offers to leave out a word when each finds something but not together', () => {
    expect(index.count('鶴岡 ゲノム')).toBe(0);
    const found = suggest('鶴岡 ゲノム');
    expect(found.map((s) => s.change)).toEqual(['drop', 'drop']);
    expect(found.map((s) => s.query).sort()).toEqual(['ゲノム', '鶴岡']);
  });

  it('measures likeness by edits for Latin words and by bigrams for Japanese', () => {
    expect(similarity('neod', 'nedo')).toBe(0.75);
    expect(similarity('ばいおまず', 'ばいおます')).toBe(0.75);
    expect(similarity('りょうし', 'ばいおます')).toBe(0);
  });
});
