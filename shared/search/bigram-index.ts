/** The bigram index as plain data, to keep it in IndexedDB: postings end to end, one offset per gram. */
export interface BigramSnapshot {
  /** Each gram as two UTF-16 code units in one number (first << 16 | second). */
  grams: Uint32Array;
  /** Postings of grams[i] are records[offsets[i]] … records[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  records: Int32Array;
  size: number;
}

/**
 * Character bigrams of short fields (names), to find records despite a one-character typo.
 * Grams are numbers, not strings, and postings are counted before they are filled: building the
 * index for 100,000 names allocates a handful of arrays instead of millions of small ones.
 */
export class BigramIndex {
  private readonly postings: Map<number, Int32Array>;
  private readonly counts: Uint8Array;

  private constructor(postings: Map<number, Int32Array>, size: number) {
    this.postings = postings;
    this.counts = new Uint8Array(size);
  }

  static build(texts: string[]): BigramIndex {
    // Pass 1: a number for each distinct gram, and how many records contain it.
    const idOf = new Map<number, number>();
    let counts = new Int32Array(1024);
    let seenIn = new Int32Array(1024);
    texts.forEach((text, record) => {
      for (let i = 0; i + 1 < text.length; i++) {
        const gram = gramAt(text, i);
        let id = idOf.get(gram);
        if (id === undefined) {
          id = idOf.size;
          idOf.set(gram, id);
          if (id >= counts.length) {
            counts = grow(counts);
            seenIn = grow(seenIn);
          }
          seenIn[id] = -1;
        }
        // A record counts once per gram, however often the gram occurs in it.
        if (seenIn[id] !== record) {
          seenIn[id] = record;
          counts[id]!++;
        }
      }
    });
    // Pass 2: postings end to end, each gram's records in record order.
    const grams = idOf.size;
    const offsets = new Int32Array(grams + 1);
    for (let id = 0; id < grams; id++) offsets[id + 1] = offsets[id]! + counts[id]!;
    const records = new Int32Array(offsets[grams]!);
    const next = offsets.slice(0, grams);
    seenIn.fill(-1);
    texts.forEach((text, record) => {
      for (let i = 0; i + 1 < text.length; i++) {
        const id = idOf.get(gramAt(text, i))!;
        if (seenIn[id] !== record) {
          seenIn[id] = record;
          records[next[id]!++] = record;
        }
      }
    });
    return BigramIndex.fromSnapshot({
      grams: Uint32Array.from(idOf.keys()),
      offsets,
      records,
      size: texts.length,
    });
  }

  static fromSnapshot({ grams, offsets, records, size }: BigramSnapshot): BigramIndex {
    const postings = new Map<number, Int32Array>();
    grams.forEach((gram, i) => postings.set(gram, records.subarray(offsets[i], offsets[i + 1])));
    return new BigramIndex(postings, size);
  }

  snapshot(): BigramSnapshot {
    const grams = Uint32Array.from(this.postings.keys());
    const offsets = new Int32Array(grams.length + 1);
    grams.forEach((gram, i) => (offsets[i + 1] = offsets[i]! + this.postings.get(gram)!.length));
    const records = new Int32Array(offsets[grams.length]!);
    grams.forEach((gram, i) => records.set(this.postings.get(gram)!, offsets[i]));
    return { grams, offsets, records, size: this.counts.length };
  }

  /**
   * Records sharing all but `missing` of the term's bigrams: one substituted character breaks at
   * most two bigrams, so `missing = 2` tolerates one typo.
   */
  similar(term: string, missing: number): number[] {
    const grams = [...new Set(bigramCodes(term))];
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

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The bigram starting at `i`: two UTF-16 code units in one unsigned number. */
function gramAt(text: string, i: number): number {
  return ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
}

/** A text's bigrams as numbers: two UTF-16 code units each, as the index stores them. */
function bigramCodes(text: string): number[] {
  const grams: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) grams.push(gramAt(text, i));
  return grams;
}

/** A text's bigrams of code points, for similarity between words. */
export function bigrams(text: string): string[] {
  const chars = [...text];
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}
