import { bigrams } from './bigram-index';
import { normalizeForSearch } from './normalize';
import type { QueryTerm } from './query';

/** Another query to try after a search that found nothing. */
export interface Suggestion {
  /** The whole query to search instead. */
  query: string;
  /** The word put in (replace) or left out (drop). */
  word: string;
  change: 'replace' | 'drop';
  /** How many records that query finds. */
  count: number;
}

const MIN_SIMILARITY = 0.5;
const CANDIDATES_PER_TERM = 6;
const MAX_SUGGESTIONS = 3;

/** Words the catalog and the vocabulary contain, to suggest in place of a word that found nothing. */
export class Lexicon {
  private readonly words: { normalized: string; display: string }[];

  constructor(words: Iterable<string>) {
    const byNormalized = new Map<string, string>();
    for (const word of words) {
      const normalized = normalizeForSearch(word);
      if (normalized.length >= 2 && !byNormalized.has(normalized)) byNormalized.set(normalized, word.trim());
    }
    this.words = [...byNormalized].map(([normalized, display]) => ({ normalized, display }));
  }

  get size(): number {
    return this.words.length;
  }

  /** The words most like `term` (normalised), most alike first. */
  nearest(term: string, limit: number): string[] {
    return this.words
      .map((word) => ({ word, similarity: similarity(term, word.normalized) }))
      .filter((w) => w.similarity >= MIN_SIMILARITY && w.word.normalized !== term)
      .sort((a, b) => b.similarity - a.similarity || a.word.display.length - b.word.display.length)
      .slice(0, limit)
      .map((w) => w.word.display);
  }
}

/**
 * For a query that found nothing: each word that finds nothing on its own, replaced by the
 * nearest words the catalog does contain; failing that, the query without one of its words.
 * `count` says how many records a query finds; only suggestions that find something are kept.
 */
export function suggestionsFor(
  input: string,
  terms: QueryTerm[],
  lexicon: Lexicon,
  count: (query: string) => number,
  countTerm: (term: QueryTerm) => number,
): Suggestion[] {
  const positive = terms.filter((t) => !t.negated);
  const suggestions: Suggestion[] = [];
  for (const term of positive) {
    if (term.exact || countTerm(term) > 0) continue;
    for (const word of lexicon.nearest(normalizeForSearch(term.raw), CANDIDATES_PER_TERM)) {
      const query = replaceWord(input, term.raw, word);
      const found = count(query);
      if (found > 0) suggestions.push({ query, word, change: 'replace', count: found });
      if (suggestions.length >= MAX_SUGGESTIONS) return suggestions;
    }
  }
  if (suggestions.length === 0 && terms.length >= 2) {
    for (const term of terms) {
      const query = replaceWord(input, term.raw, '');
      const found = count(query);
      if (found > 0) suggestions.push({ query, word: term.raw, change: 'drop', count: found });
    }
    suggestions.sort((a, b) => b.count - a.count);
  }
  return suggestions.slice(0, MAX_SUGGESTIONS);
}

/** The input with one word (as typed) replaced, spacing tidied. */
function replaceWord(input: string, raw: string, word: string): string {
  const words = input.normalize('NFKC').trim().split(/\s+/);
  const at = words.indexOf(raw);
  if (at >= 0) words.splice(at, 1, ...(word ? [word] : []));
  return words.join(' ');
}

/**
 * How alike two normalised words are, 0 to 1: for Latin words one minus the edit distance
 * (transpositions count one) over the longer length; for Japanese the bigram Dice coefficient.
 */
export function similarity(a: string, b: string): number {
  if (/^[\x20-\x7e]+$/.test(a) || /^[\x20-\x7e]+$/.test(b) || Math.min(a.length, b.length) < 3) {
    const distance = editDistance(a, b);
    return distance > 2 ? 0 : 1 - distance / Math.max(a.length, b.length);
  }
  const ga = bigrams(a);
  const gb = new Map<string, number>();
  for (const g of bigrams(b)) gb.set(g, (gb.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of ga) {
    const left = gb.get(g) ?? 0;
    if (left > 0) {
      shared++;
      gb.set(g, left - 1);
    }
  }
  return (2 * shared) / (ga.length + bigrams(b).length);
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}
