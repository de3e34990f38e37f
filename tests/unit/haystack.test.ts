import { describe, expect, it } from 'vitest';
import { Haystack } from '../../shared/search/haystack';

const hits = (run: (hit: (record: number, at: number) => void) => void) => {
  const found: [number, number][] = [];
  run((record, at) => found.push([record, at]));
  return found;
};

describe('Haystack', () => {
  // Records: the prefix ばい occurs in 0, 1, 2, 4 and 5; ばいお only in 1 (second occurrence), 4
  // (at the very end) and 5 (twice).
  const texts = ['ばいく', 'ばいかばいお', 'ばいく', 'おばい', 'xxばいお', 'ばいおばいお'];
  const haystack = Haystack.build(texts);
  const prefix = hits((hit) => haystack.forEachRecordContaining('ばい', hit));

  it('finds each record once, with where the term first occurs', () => {
    expect(prefix.map(([record]) => record)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const [record, at] of prefix) expect(haystack.firstIn(record, 'ばい')).toBe(at);
  });

  it('finds a longer word from where its prefix occurs, as a whole scan does', () => {
    const from = {
      records: Int32Array.from(prefix.map(([record]) => record)),
      at: Int32Array.from(prefix.map(([, at]) => at)),
    };
    const extended = hits((hit) => haystack.forEachRecordStillContaining('ばいお', from, hit));
    expect(extended).toEqual(hits((hit) => haystack.forEachRecordContaining('ばいお', hit)));
    expect(extended.map(([record]) => record)).toEqual([1, 4, 5]);
    expect(hits((hit) => haystack.forEachRecordStillContaining('ばいおx', from, hit))).toEqual([]);
  });
});
