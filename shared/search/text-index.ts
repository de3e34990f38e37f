import Fuse from 'fuse.js';
import { BigramIndex, type BigramSnapshot } from './bigram-index';
import { Haystack, type HaystackSnapshot } from './haystack';
import { OneEditMatcher } from './one-edit';
import type { QueryTerm } from './query';

/** Field groups and their weights: a hit in a name counts more than one deep in a summary. */
export const GROUPS = ['name', 'org', 'body'] as const;
export type Group = (typeof GROUPS)[number];
const WEIGHT: Record<Group, number> = { name: 3, org: 2, body: 1 };
/** A near word of the vocabulary counts half of the word itself; a typo match half a body hit. */
const NEAR_FACTOR = 0.5;
const TYPO_SCORE = 0.5;
/** A program the vocabulary links to a word counts as if its organisation fields named it. */
const LINKED_SCORE = WEIGHT.org;
/** Alternatives whose hits are remembered: typing adds a character to one word at a time. */
const CACHE_SIZE = 64;
/** Of those, the last this many keep where they occur, to look for a longer word from there. */
const POSITIONS_KEPT = 16;

/** One record's normalised text per field group. */
export type GroupTexts = Record<Group, string>;

export interface TextIndexSnapshot {
  haystacks: HaystackSnapshot[];
  names: BigramSnapshot;
  /** The hits of the words found ahead (see findAhead), kept with the index. */
  ahead?: [string, Hits][];
}

/** Records containing one alternative, with the weight of the best field group it occurs in. */
export interface Hits {
  records: Int32Array;
  weights: Uint8Array;
  /**
   * Per field group, the records it occurs in and where it first occurs in each: what the next
   * keystroke's longer word is looked for from. Kept for the last few alternatives only.
   */
  groups?: GroupHits[];
}

interface GroupHits {
  records: Int32Array;
  at: Int32Array;
}

/**
 * Finding and scoring records by their text, shared by every record kind: exact terms with one
 * native scan per field group, hits cached per alternative, typos through name bigrams, and Fuse
 * to rank the few best candidates.
 */
export class TextIndex {
  readonly size: number;
  private readonly haystacks: Haystack[];
  private readonly names: BigramIndex;
  private readonly hitCache = new Map<string, Hits>();
  /**
   * Hits of words people are likely to type (the search vocabulary's), found ahead while the
   * worker is idle: a word with near words would otherwise scan the catalog once per near word
   * on the keystroke that completes it.
   */
  private readonly ahead: Map<string, Hits>;
  /** Scratch for one scan (a scan runs to its end before the next begins). */
  private readonly weightOf: Uint8Array;
  private readonly found: Int32Array;
  private readonly foundAt: Int32Array;

  private constructor(haystacks: Haystack[], names: BigramIndex, ahead: [string, Hits][] = []) {
    this.haystacks = haystacks;
    this.names = names;
    this.size = haystacks[0]!.size;
    this.ahead = new Map(ahead);
    this.weightOf = new Uint8Array(this.size);
    this.found = new Int32Array(this.size);
    this.foundAt = new Int32Array(this.size);
  }

  /** `texts` are already normalised (normalizeForSearch). */
  static build(texts: GroupTexts[]): TextIndex {
    const haystacks = GROUPS.map((group) => Haystack.build(texts.map((t) => t[group])));
    return new TextIndex(haystacks, BigramIndex.build(texts.map((t) => t.name)));
  }

  static fromSnapshot(snapshot: TextIndexSnapshot): TextIndex {
    return new TextIndex(
      snapshot.haystacks.map((h) => Haystack.fromSnapshot(h)),
      BigramIndex.fromSnapshot(snapshot.names),
      snapshot.ahead,
    );
  }

  snapshot(): TextIndexSnapshot {
    return {
      haystacks: this.haystacks.map((h) => h.snapshot()),
      names: this.names.snapshot(),
      ahead: [...this.ahead],
    };
  }

  /**
   * Finds the hits of the first of `words` not yet found ahead (a word is one scan: the worker
   * calls this between requests). Returns false once every word has been found.
   */
  findAhead(words: readonly string[]): boolean {
    const word = words.find((w) => !this.ahead.has(w));
    if (word === undefined) return false;
    const { records, weights } = this.hitCache.get(word) ?? this.scan(word);
    this.ahead.set(word, { records, weights });
    return true;
  }

  text(group: Group, record: number): string {
    return this.haystacks[GROUPS.indexOf(group)]!.text(record);
  }

  /**
   * The cheap score of every record (the best field weight each positive term hits, summed; 0
   * where a term misses), or null when no term is positive; and the records a negated term hits.
   * `linkedRecords` turns the program ids a term links to into record numbers.
   */
  match(
    terms: QueryTerm[],
    linkedRecords: (term: QueryTerm) => number[] = () => [],
  ): { matched: Float32Array | null; excluded: Uint8Array } {
    let matched: Float32Array | null = null;
    for (const term of terms) {
      if (term.negated) continue;
      const termScore = this.scoreTerm(term, linkedRecords(term));
      if (!matched) matched = termScore;
      else
        for (let i = 0; i < this.size; i++)
          matched[i] = matched[i]! > 0 && termScore[i]! > 0 ? matched[i]! + termScore[i]! : 0;
    }
    const excluded = new Uint8Array(this.size);
    for (const term of terms) {
      if (!term.negated) continue;
      // -X leaves out what X finds: its other forms and its near words too.
      for (const alternative of [...term.alternatives, ...term.near])
        for (const r of this.hitsOf(alternative, term.wholeWords.includes(alternative)).records)
          excluded[r] = 1;
      for (const r of linkedRecords(term)) excluded[r] = 1;
    }
    return { matched, excluded };
  }

  /** How many records contain any alternative of the term, ignoring every other term. */
  countTerm(term: QueryTerm, linked: number[] = []): number {
    const score = this.scoreTerm(term, linked);
    let count = 0;
    for (let i = 0; i < score.length; i++) if (score[i]! > 0) count++;
    return count;
  }

  private scoreTerm(term: QueryTerm, linked: number[]): Float32Array {
    const score = new Float32Array(this.size);
    let hits = 0;
    const raise = (record: number, value: number) => {
      if (score[record] === 0) hits++;
      if (score[record]! < value) score[record] = value;
    };
    for (const [alternatives, factor] of [
      [term.alternatives, 1],
      [term.near, NEAR_FACTOR],
    ] as const) {
      for (const alternative of alternatives) {
        const { records, weights } = this.hitsOf(alternative, term.wholeWords.includes(alternative));
        for (let i = 0; i < records.length; i++) raise(records[i]!, weights[i]! * factor);
      }
    }
    for (const record of linked) raise(record, LINKED_SCORE);
    if (!term.exact && hits < 3) {
      // Few exact hits for a name-length term: likely a typo. Look for names one character away:
      // the bigrams narrow the candidates, an edit-distance check keeps the real ones.
      for (const alternative of term.alternatives) {
        if ([...alternative].length < 4) continue;
        const matcher = new OneEditMatcher(alternative);
        const names = this.haystacks[GROUPS.indexOf('name')]!;
        for (const r of this.names.similar(alternative, 2))
          if (score[r] === 0 && names.test(r, matcher)) score[r] = TYPO_SCORE;
      }
    }
    return score;
  }

  /**
   * Records containing `alternative` (for a Latin abbreviation the vocabulary added, as a whole
   * word only: MIC is not the "mic" in "microbe"). Remembered, because typing changes one word at a time; and
   * when it extends a remembered alternative (バイオ → バイオマ), only that one's records can
   * contain it, so they are checked instead of scanning everything again.
   */
  hitsOf(alternative: string, wholeWord = false): Hits {
    if (wholeWord) return this.wholeWordHits(alternative);
    const known = this.ahead.get(alternative);
    if (known) return known;
    const cached = this.hitCache.get(alternative);
    if (cached) {
      this.hitCache.delete(alternative);
      this.hitCache.set(alternative, cached);
      return cached;
    }
    // A remembered word this one extends (バイオ → バイオマ), else one it contains (the fewest hits).
    let prefix: Hits | undefined;
    let containing: Hits | undefined;
    for (const remembered of [this.hitCache, this.ahead])
      for (const [key, hits] of remembered) {
        if (
          hits.groups &&
          alternative.startsWith(key) &&
          (!prefix || hits.records.length < prefix.records.length)
        )
          prefix = hits;
        if (alternative.includes(key) && (!containing || hits.records.length < containing.records.length))
          containing = hits;
      }
    const hits = this.scan(alternative, prefix, containing);
    this.hitCache.set(alternative, hits);
    if (this.hitCache.size > CACHE_SIZE) this.hitCache.delete(this.hitCache.keys().next().value!);
    // Positions take memory (a common character occurs in most records): older words drop them.
    let older = this.hitCache.size - POSITIONS_KEPT;
    for (const entry of this.hitCache.values()) {
      if (older-- <= 0) break;
      delete entry.groups;
    }
    return hits;
  }

  /**
   * The records containing `alternative`, with where it first occurs in each field group: from
   * the positions of a word it extends, else from the records of a word it contains when they
   * are few, else one native scan per field group.
   */
  private scan(alternative: string, prefix?: Hits, containing?: Hits): Hits {
    const { found, foundAt, weightOf } = this;
    const few = containing && containing.records.length < this.size / 4 ? containing.records : null;
    const groups = this.haystacks.map((haystack, g): GroupHits => {
      let count = 0;
      const hit = (record: number, at: number) => {
        found[count] = record;
        foundAt[count++] = at;
      };
      if (prefix?.groups) haystack.forEachRecordStillContaining(alternative, prefix.groups[g]!, hit);
      else if (few)
        for (const record of few) {
          const at = haystack.firstIn(record, alternative);
          if (at >= 0) hit(record, at);
        }
      else haystack.forEachRecordContaining(alternative, hit);
      return { records: found.slice(0, count), at: foundAt.slice(0, count) };
    });
    // Each record's weight is its best group's.
    weightOf.fill(0);
    groups.forEach(({ records }, g) => {
      const weight = WEIGHT[GROUPS[g]!];
      for (const record of records) if (weightOf[record]! < weight) weightOf[record] = weight;
    });
    // Compacted in place: the weight of record r moves to position count <= r, already read.
    let count = 0;
    for (let r = 0; r < weightOf.length; r++) {
      if (weightOf[r]) {
        weightOf[count] = weightOf[r]!;
        found[count++] = r;
      }
    }
    return { records: found.slice(0, count), weights: weightOf.slice(0, count), groups };
  }

  private wholeWordHits(word: string): Hits {
    const key = `\u0000${word}`;
    const cached = this.hitCache.get(key);
    if (cached) return cached;
    const pattern = new RegExp(`(?<![a-z0-9])${word.replace(/[^a-z0-9]/g, '\\$&')}(?![a-z0-9])`);
    const { records: candidates } = this.hitsOf(word);
    const records: number[] = [];
    const weights: number[] = [];
    for (const r of candidates) {
      const group = GROUPS.find((g) => pattern.test(this.text(g, r)));
      if (group) {
        records.push(r);
        weights.push(WEIGHT[group]);
      }
    }
    const hits = { records: Int32Array.from(records), weights: Uint8Array.from(weights) };
    this.hitCache.set(key, hits);
    return hits;
  }

  /**
   * Fuse's view of how well each record's name and organisations match the query, one pass per
   * positive term over its first alternative, summed in bands of 0.1 (lower is better; a term
   * that does not match counts 1). Only for a few hundred candidates: bitap is slow.
   */
  fuseTotals(records: number[], terms: QueryTerm[]): Map<number, number> {
    const total = new Map<number, number>(records.map((r) => [r, 0]));
    if (records.length < 2) return total;
    // Names and organisations only: text deep in a summary is already found and scored by the
    // exact scan, and bitap over 150-character summaries was most of the time a keystroke took.
    const fuse = new Fuse(records, {
      keys: [
        { name: 'name', weight: WEIGHT.name },
        { name: 'org', weight: WEIGHT.org },
      ],
      getFn: (record, path) => this.text((Array.isArray(path) ? path[0] : path) as Group, record),
      ignoreLocation: true,
      includeScore: true,
      threshold: 0.6,
    });
    for (const term of terms) {
      if (term.negated) continue;
      const seen = new Set<number>();
      for (const { item, score } of fuse.search(term.alternatives[0]!.slice(0, 32))) {
        // Bands of 0.1: Fuse's field-length norm separates two exact hits by noise.
        total.set(item, total.get(item)! + Math.round((score ?? 1) * 10) / 10);
        seen.add(item);
      }
      for (const r of records) if (!seen.has(r)) total.set(r, total.get(r)! + 1);
    }
    return total;
  }
}
