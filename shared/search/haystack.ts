/** A haystack as plain data, to keep it in IndexedDB. */
export interface HaystackSnapshot {
  text: string;
  starts: Int32Array;
}

/**
 * All records' text for one field group in a single string, records separated by a character
 * normalisation never produces. Finding a term in every record is then one native indexOf scan
 * instead of one call per record, which is what keeps search fast at 100,000 records.
 */
export class Haystack {
  private readonly whole: string;
  /** starts[i] is where record i begins; starts[n] is the end. */
  private readonly starts: Int32Array;

  private constructor(whole: string, starts: Int32Array) {
    this.whole = whole;
    this.starts = starts;
  }

  static build(texts: string[]): Haystack {
    const starts = new Int32Array(texts.length + 1);
    let position = 0;
    texts.forEach((text, i) => {
      starts[i] = position;
      position += text.length + 1;
    });
    starts[texts.length] = position;
    return new Haystack(texts.join('\u0001') + '\u0001', starts);
  }

  static fromSnapshot({ text, starts }: HaystackSnapshot): Haystack {
    return new Haystack(text, starts);
  }

  snapshot(): HaystackSnapshot {
    return { text: this.whole, starts: this.starts };
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** One record's text. */
  text(record: number): string {
    return this.whole.slice(this.starts[record], this.starts[record + 1]! - 1);
  }

  /** Whether one record's text passes a test that reads it in place (no copy of the text). */
  test(record: number, matcher: { test(text: string, start: number, end: number): boolean }): boolean {
    return matcher.test(this.whole, this.starts[record]!, this.starts[record + 1]! - 1);
  }

  /** Calls `hit` once for every record containing `term`, with where in the text it first occurs. */
  forEachRecordContaining(term: string, hit: (record: number, at: number) => void): void {
    if (!term) return;
    const { whole, starts } = this;
    // Hits come in text order: the record is found by stepping on from the last one, which over a
    // whole scan is one pass over the record starts (a binary search per hit cost more).
    let record = 0;
    for (let from = 0; ;) {
      const at = whole.indexOf(term, from);
      if (at < 0) return;
      while (starts[record + 1]! <= at) record++;
      hit(record, at);
      from = starts[++record]!;
    }
  }

  /**
   * The same for a term that extends one already found (バイオ → バイオマ), given the records that
   * contain that prefix and where it first occurs in each. Only those records can contain the
   * term, and in each its first occurrence is at or after the prefix's: one comparison settles
   * most records, and a search from there that runs past the record also settles every record
   * it runs over. Never more work than a whole scan, usually a small part of it.
   */
  forEachRecordStillContaining(
    term: string,
    prefix: { records: Int32Array; at: Int32Array },
    hit: (record: number, at: number) => void,
  ): void {
    const { whole, starts } = this;
    // Where the search last ran to: no occurrence between the record searched from and here.
    let next = -1;
    for (let i = 0; i < prefix.records.length; i++) {
      const record = prefix.records[i]!;
      const end = starts[record + 1]! - 1;
      if (next >= end) continue;
      if (next >= starts[record]!) {
        hit(record, next);
        continue;
      }
      const first = prefix.at[i]!;
      if (whole.startsWith(term, first)) {
        hit(record, first);
        continue;
      }
      const at = whole.indexOf(term, first + 1);
      if (at < 0) return;
      if (at < end) hit(record, at);
      else next = at;
    }
  }

  /** Where `term` first occurs in one record's text (a position in the whole), or -1. */
  firstIn(record: number, term: string): number {
    const at = this.text(record).indexOf(term);
    return at < 0 ? -1 : this.starts[record]! + at;
  }
}
