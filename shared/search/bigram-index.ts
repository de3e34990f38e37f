/** Character bigrams of short fields (names), to find records despite a one-character typo. */
export class BigramIndex {
  private readonly postings = new Map<string, Int32Array>();
  private readonly counts: Uint8Array;

  constructor(texts: string[]) {
    const lists = new Map<string, number[]>();
    texts.forEach((text, record) => {
      for (const gram of new Set(bigrams(text))) {
        let list = lists.get(gram);
        if (!list) lists.set(gram, (list = []));
        list.push(record);
      }
    });
    for (const [gram, list] of lists) this.postings.set(gram, Int32Array.from(list));
    this.counts = new Uint8Array(texts.length);
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

function bigrams(text: string): string[] {
  const chars = [...text];
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}
