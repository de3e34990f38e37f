import { describe, expect, it } from 'vitest';
import { OneEditMatcher, containsWithinOneEdit } from '../../shared/search/one-edit';
import { random as seededRandom } from '../bench/synthetic-catalog';

/** The textbook answer: the fewest edits turning the term into any substring of the text. */
function fewestEditsToSubstring(text: string, term: string): number {
  const t = [...term];
  let column = t.map((_, i) => i + 1);
  column.unshift(0);
  let best = column[t.length]!;
  for (const ch of text) {
    const next = [0];
    for (let i = 1; i <= t.length; i++)
      next[i] = Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + (t[i - 1] === ch ? 0 : 1));
    column = next;
    best = Math.min(best, column[t.length]!);
  }
  return best;
}

/** A small alphabet (kana, kanji, one character outside the BMP) so near matches are common. */
const ALPHABET = ['ば', 'い', 'お', 'ま', 'す', '地', '域', '𠮷', 'a'];
function randomText(random: () => number, length: number): string {
  return Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
}

describe('OneEditMatcher', () => {
  it('agrees with the edit-distance table on thousands of random texts and terms', () => {
    // Seeded, so a failure can be replayed.
    const random = seededRandom(20261202);
    let near = 0;
    for (let n = 0; n < 4_000; n++) {
      const term = randomText(random, 2 + Math.floor(random() * 7));
      const text = randomText(random, Math.floor(random() * 16));
      const expected = fewestEditsToSubstring(text, term) <= 1;
      if (expected) near++;
      expect(new OneEditMatcher(term).test(text), `${term} in ${text}`).toBe(expected);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(near).toBeGreaterThan(400);
    expect(near).toBeLessThan(3_600);
  });

  it('counts a character outside the BMP as one character', () => {
    expect(containsWithinOneEdit('𠮷野家の補助', '吉野家')).toBe(true);
    expect(containsWithinOneEdit('吉野家', '𠮷野家')).toBe(true);
    expect(containsWithinOneEdit('𠮷𠮷家', '吉野家')).toBe(false);
  });

  it('reads only the given range of a longer text', () => {
    const matcher = new OneEditMatcher('ばいおます');
    const joined = 'ばいおます\u0001共創の場\u0001';
    expect(matcher.test(joined, 0, 5)).toBe(true);
    expect(matcher.test(joined, 6, 10)).toBe(false);
  });

  it('matches terms longer than one word of bits by the table', () => {
    const term = '地域バイオマス産学連携推進事業と再生医療人材育成支援事業の合同公募について';
    expect([...term].length).toBeGreaterThan(32);
    expect(containsWithinOneEdit(`令和6年度 ${term.replace('合同', '合回')}`, term)).toBe(true);
    expect(containsWithinOneEdit(`令和6年度 ${term.replace('合同公', '回回回')}`, term)).toBe(false);
  });
});
