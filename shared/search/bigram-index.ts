/** The bigram index as plain data, to keep it in IndexedDB: postings end to end, one offset per gram. */
export interface BigramSnapshot {
  grams: string[];
  /** Postings of grams[i] are records[offsets[i]] … records[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  records: Int32Array;
  size: number;
}

/** Character bigrams of short fields (names), to find records despite a one-character typo. */
export class BigramIndex {
  private readonly postings: Map<string, Int32Array>;
  private readonly counts: Uint8Array;

  private constructor(postings: Map<string, Int32Array>, size: number) {
    this.postings = postings;
    this.counts = new Uint8Array(size);
  }

  static build(texts: string[]): BigramIndex {
    const lists = new Map<string, number[]>();
    texts.forEach((text, record) => {
      for (const gram of new Set(bigrams(text))) {
        let list = lists.get(gram);
        if (!list) lists.set(gram, (list = []));
        list.push(record);
      }
    });
    const postings = new Map<string, Int32Array>();
    for (const [gram, list] of lists) postings.set(gram, Int32Array.from(list));
    return new BigramIndex(postings, texts.length);
  }

  static fromSnapshot({ grams, offsets, records, size }: BigramSnapshot): BigramIndex {
    const postings = new Map<string, Int32Array>();
    grams.forEach((gram, i) => postings.set(gram, records.subarray(offsets[i]!, offsets[i + 1]!)));
    return new BigramIndex(postings, size);
  }

  snapshot(): BigramSnapshot {
    const grams = [...this.postings.keys()];
    const offsets = new Int32Array(grams.length + 1);
    let total = 0;
    grams.forEach((gram, i) => {
      offsets[i] = total;
      total += this.postings.get(gram)!.length;
    });
    offsets[grams.length] = total;
    const records = new Int32Array(total);
    grams.forEach((gram, i) => records.set(this.postings.get(gram)!, offsets[i]!));
    return { grams, offsets, records, size: this.counts.length };
  }

  /**
   * Records sharing all but `missing` of the term's bigrams: one substituted character breaks at
   * most two bigrams, so `missing = 2` tolerates one typo.
   */
  similar(term: string, missing: number): number[] {
    const grams = [...new Set(bigrams(term))];
    const needed = grams.length - missing;
    if (needed < 2) return [];
    const touched: number[] = [];
    for (const gram of grams) {
      const list = this.postings.get(gram);
      if (!list) continue;
      for (const record of list) {
        if (this.counts[record] === 0) touched.push(record);
        this.counts[record]!++;
      }
    }
    const found = touched.filter((record) => this.counts[record]! >= needed);
    for (const record of touched) this.counts[record] = 0;
    return found;
  }
}

export function bigrams(text: string): string[] {
  const chars = [...text];
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}
