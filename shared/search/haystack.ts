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

  /** Calls `hit` once for every record containing `term`. */
  forEachRecordContaining(term: string, hit: (record: number) => void): void {
    if (!term) return;
    let from = 0;
    for (;;) {
      const at = this.whole.indexOf(term, from);
      if (at < 0) return;
      const record = this.recordAt(at);
      hit(record);
      from = this.starts[record + 1]!;
    }
  }

  private recordAt(position: number): number {
    let low = 0;
    let high = this.starts.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
