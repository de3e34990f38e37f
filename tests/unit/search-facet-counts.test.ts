import { describe, expect, it } from 'vitest';
import { FACETS, facetValues, type Filters } from '../../shared/search/facets';
import { ProgramSearchIndex } from '../../shared/search/program-search';
import { syntheticPrograms } from '../bench/synthetic-catalog';

const programs = syntheticPrograms(2_000);
const index = ProgramSearchIndex.build(programs);
const values = programs.map(facetValues);

/** The facet counts worked out the slow way: each facet's counts apply every other facet's filter. */
function expectedCounts(results: Set<number>, matches: Set<number>, filters: Filters) {
  const passes = (record: number, except: string) =>
    FACETS.every(
      (facet) =>
        facet === except ||
        !filters[facet]?.length ||
        values[record]![facet].some((v) => filters[facet]!.includes(v)),
    );
  return Object.fromEntries(
    FACETS.map((facet) => {
      const counts = new Map<string, number>();
      for (const record of matches)
        if (passes(record, facet) && (results.has(record) || filters[facet]?.length))
          for (const value of values[record]![facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
      return [facet, counts];
    }),
  );
}

describe('facet counts', () => {
  const cases: [string, Filters][] = [
    ['', {}],
    ['す', {}],
    ['バ', {}],
    ['地域', { ministry: ['経済産業省'] }],
    ['ゲノム', {}],
    ['再生医療人材', {}],
    ['バ', { ministry: ['経済産業省', '文部科学省'], status: ['active'] }],
    ['す -地域', { applicant: ['university'] }],
  ];

  it.each(cases)('for %s with %j agree with counting every result', (query, filters) => {
    const result = index.search({ query, filters });
    const unfiltered = new Set(index.search({ query }).order);
    const results = new Set(result.order);
    const expected = expectedCounts(results, unfiltered, filters);
    for (const facet of FACETS) expect(result.facetCounts[facet], facet).toEqual(expected[facet]);
  });

  it('are counted both ways: a query finding most programs, and one finding few', () => {
    const most = index.search({ query: 'す' }).total;
    const few = index.search({ query: '再生医療人材' }).total;
    expect(most).toBeGreaterThan(programs.length / 2);
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThan(programs.length / 2);
  });
});
