/** Terms longer than this (in characters) are matched by the plain dynamic programme. */
const BIT_PARALLEL_MAX = 32;

/**
 * Finds whether a text contains a term with at most one character substituted, inserted or left
 * out (approximate substring matching: the match may start anywhere in the text).
 *
 * A typo search checks thousands of candidate names per keystroke, so this uses Myers'
 * bit-parallel algorithm (one word of bit operations per text character, whatever the term's
 * length) instead of a column of the edit-distance table per character. Characters are code
 * points, so a kanji outside the BMP is one character, as a person counts it.
 */
export class OneEditMatcher {
  private readonly length: number;
  /** For each BMP code unit of the term, the bit of every position it occurs at. */
  private readonly bmp: Int32Array | null;
  private readonly astral: Map<number, number>;
  private readonly characters: number[];

  constructor(term: string) {
    this.characters = [...term].map((ch) => ch.codePointAt(0)!);
    this.length = this.characters.length;
    this.astral = new Map();
    this.bmp = this.length > 1 && this.length <= BIT_PARALLEL_MAX ? new Int32Array(0x10000) : null;
    if (!this.bmp) return;
    this.characters.forEach((code, i) => {
      if (code < 0x10000) this.bmp![code]! |= 1 << i;
      else this.astral.set(code, (this.astral.get(code) ?? 0) | (1 << i));
    });
  }

  /** Whether `text[start, end)` contains the term within one edit. */
  test(text: string, start = 0, end = text.length): boolean {
    const m = this.length;
    if (m <= 1) return true;
    if (!this.bmp) return withinOneEditByTable(this.characters, text, start, end);
    const bmp = this.bmp;
    const last = 1 << (m - 1);
    // pv/mv: the vertical +1/-1 deltas of the current column; score: the bottom cell, i.e. the
    // fewest edits of the whole term ending at this text position.
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let i = start; i < end; i++) {
      let code = text.charCodeAt(i);
      let eq: number;
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < end) {
        code = text.codePointAt(i)!;
        i++;
        eq = this.astral.get(code) ?? 0;
      } else eq = bmp[code]!;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      // Searching, not comparing whole strings: the top row stays 0, so no carry-in bit.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score <= 1) return true;
    }
    return false;
  }
}

/** Whether `text` contains `term` within one edit (see OneEditMatcher). */
export function containsWithinOneEdit(text: string, term: string): boolean {
  return new OneEditMatcher(term).test(text);
}

/** The edit-distance table a column at a time, for terms too long for one word of bits. */
function withinOneEditByTable(term: number[], text: string, start: number, end: number): boolean {
  // column[i]: the fewest edits turning term[0..i) into a text substring ending here.
  let column = Array.from({ length: term.length + 1 }, (_, i) => i);
  if (column[term.length]! <= 1) return true;
  for (const ch of text.slice(start, end)) {
    const code = ch.codePointAt(0)!;
    const next = [0];
    for (let i = 1; i <= term.length; i++)
      next[i] = Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + (term[i - 1] === code ? 0 : 1));
    if (next[term.length]! <= 1) return true;
    column = next;
  }
  return false;
}
