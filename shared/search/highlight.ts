import { normalizeWithOffsets } from './normalize';
import type { QueryTerm } from './query';

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits original text into plain and matched segments for the query's (non-negated) terms,
 * matching on normalised text and mapping back, so ﾊﾞｲｵ highlights バイオ as printed.
 */
export function highlight(text: string, terms: QueryTerm[]): Segment[] {
  const { normalized, offsets } = normalizeWithOffsets(text);
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    if (term.negated) continue;
    for (const alternative of [...term.alternatives, ...term.near]) {
      const whole = term.wholeWords.includes(alternative);
      for (let at = normalized.indexOf(alternative); at >= 0; at = normalized.indexOf(alternative, at + 1)) {
        if (whole && !atWordBoundaries(normalized, at, alternative.length)) continue;
        const start = offsets[at]!;
        const lastIndex = at + alternative.length - 1;
        const end = lastIndex + 1 < offsets.length ? offsets[lastIndex + 1]! : text.length;
        marked.fill(1, start, end);
      }
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    segments.push({ text: text.slice(i, j), hit: marked[i] === 1 });
    i = j;
  }
  return segments;
}

const LATIN = /[a-z0-9]/;
function atWordBoundaries(text: string, at: number, length: number): boolean {
  return !LATIN.test(text[at - 1] ?? '') && !LATIN.test(text[at + length] ?? '');
}
