import { describe, expect, it } from 'vitest';
import { ProgramSearchIndex } from '../../shared/search/program-search';
import { expansionWords } from '../../shared/search/vocabulary';
import { BENCH_QUERIES, syntheticPrograms, typedPrefixes } from '../bench/synthetic-catalog';

/** What a search shows: the order, the total and the facet counts. */
function answers(index: ProgramSearchIndex, queries: string[]) {
  return queries.map((query) => {
    const result = index.search({ query, filters: { ministry: ['経済産業省'] } });
    return {
      query,
      order: Array.from(result.order),
      total: result.total,
      facets: Object.entries(result.facetCounts).map(([facet, counts]) => [facet, [...counts]]),
      withoutFilter: result.withoutFilter,
    };
  });
}

describe('hits remembered while typing', () => {
  it('find what a fresh index finds, letter by letter, after a deletion and an insertion in front', () => {
    const programs = syntheticPrograms(3_000);
    const typing = ProgramSearchIndex.build(programs);
    const snapshot = typing.snapshot();
    const typed = [
      ...BENCH_QUERIES.flatMap((q) => typedPrefixes(q.text)),
      ...typedPrefixes('ばいおもの'),
      'ばいおも',
      '地域ばいおも',
      'いお',
      'いおま',
      ...typedPrefixes('スマート農業 補助金'),
    ];
    for (const query of typed) {
      const fresh = ProgramSearchIndex.fromSnapshot(snapshot);
      expect(answers(typing, [query]), query).toEqual(answers(fresh, [query]));
    }
  });
});

describe('words found ahead', () => {
  const programs = syntheticPrograms(3_000);
  const words = expansionWords();
  const queries = [
    ...BENCH_QUERIES.flatMap((q) => typedPrefixes(q.text)),
    ...words.slice(0, 40),
    'バイオものづくり -ゲノム',
    '再生医療|創薬 大学',
  ];

  it('are the words a query can be expanded with: forms and near words of the vocabulary', () => {
    expect(words).toEqual(expect.arrayContaining(['経済産業省', 'meti', 'ばいおものづくり', '細胞治療']));
    expect(new Set(words).size).toBe(words.length);
  });

  it('change no answer, kept with the index or not', () => {
    const before = answers(ProgramSearchIndex.build(programs), queries);
    const index = ProgramSearchIndex.build(programs);
    let scans = 0;
    while (index.findAhead(words)) scans++;
    expect(scans).toBe(words.length);
    expect(index.findAhead(words)).toBe(false);
    expect(answers(index, queries)).toEqual(before);
    // Kept (as IndexedDB clones it) and loaded on the next start: the same again, with no scan left.
    const loaded = ProgramSearchIndex.fromSnapshot(structuredClone(index.snapshot()));
    expect(loaded.findAhead(words)).toBe(false);
    expect(answers(loaded, queries)).toEqual(before);
  });
});
