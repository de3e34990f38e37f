/**
 * All records' text for one field group in a single string, records separated by a character
 * normalisation never produces. Finding a term in every record is then one native indexOf scan
 * instead of one call per record, which is what keeps search fast at 100,000 records.
 */
export class Haystack {
  private readonly text: string;
  /** starts[i] is where record i begins; starts[n] is the end. */
  private readonly starts: Int32Array;

  constructor(texts: string[]) {
    this.starts = new Int32Array(texts.length + 1);
    let position = 0;
    texts.forEach((text, i) => {
      this.starts[i] = position;
      position += text.length + 1;
    });
    this.starts[texts.length] = position;
    this.text = texts.join('\u0001') + '\u0001';
  }

  /** Calls `hit` once for every record containing `term`. */
  forEachRecordContaining(term: string, hit: (record: number) => void): void {
    if (!term) return;
    let from = 0;
    for (;;) {
      const at = this.text.indexOf(term, from);
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
