import Fuse from 'fuse.js';
import type { Program } from '../catalog/program';
import { BigramIndex } from './bigram-index';
import { FacetTable } from './facet-table';
import { FACETS, facetValues, type Facet, type Filters } from './facets';
import { Haystack } from './haystack';
import { normalizeForSearch } from './normalize';
import { parseQuery, type QueryTerm } from './query';

export type SortOrder = 'relevance' | 'budget' | 'name' | 'fiscalYear';

/** Field groups and their weights: a hit in a name counts more than one deep in a summary. */
const GROUPS = [
  { key: 'name', weight: 3, text: (p: Program) => [p.name, ...p.aliases] },
  { key: 'org', weight: 2, text: (p: Program) => [...p.ministries, p.agency ?? '', p.department ?? ''] },
  {
    key: 'body',
    weight: 1,
    text: (p: Program) => [
      p.summary ?? '',
      p.category?.value ?? '',
      ...p.instruments,
      ...p.notes,
      p.eligibilityNote ?? '',
    ],
  },
] as const;

/** How many candidates Fuse ranks; the rest follow in cheap-score order. */
const RANK_LIMIT = 100;
/** Alternatives whose hits are remembered: typing adds a character to one word at a time. */
const CACHE_SIZE = 64;

/** Records containing one alternative, with the weight of the best field group it occurs in. */
interface Hits {
  records: Int32Array;
  weights: Uint8Array;
}

export interface SearchRequest {
  query: string;
  filters?: Filters;
  sort?: SortOrder;
}

export interface SearchResult {
  /** Record indices, best first. */
  order: Int32Array;
  total: number;
  terms: QueryTerm[];
  /** For each facet, value → count among results when every other facet's filter applies. */
  facetCounts: Record<Facet, Map<string, number>>;
}

interface Doc {
  name: string;
  org: string;
  body: string;
}

export class ProgramSearchIndex {
  readonly programs: Program[];
  private readonly docs: Doc[];
  private readonly haystacks: Haystack[];
  private readonly names: BigramIndex;
  private readonly facets: FacetTable;
  private readonly nameRank: Int32Array;
  /** Record indices in each sort order, computed once: no comparison sort on a keystroke. */
  private readonly orders: Record<Exclude<SortOrder, 'relevance'>, Int32Array>;
  /** Among equally good matches, current programs come before mentions and historical ones. */
  private readonly staleness: Uint8Array;
  private readonly hitCache = new Map<string, Hits>();

  constructor(programs: Program[]) {
    this.programs = programs;
    this.docs = programs.map((p) => ({
      name: normalizeForSearch(GROUPS[0].text(p).join('\u0002')),
      org: normalizeForSearch(GROUPS[1].text(p).join('\u0002')),
      body: normalizeForSearch(GROUPS[2].text(p).join('\u0002')),
    }));
    this.haystacks = GROUPS.map((g) => new Haystack(this.docs.map((d) => d[g.key])));
    this.names = new BigramIndex(this.docs.map((d) => d.name));
    this.facets = new FacetTable(programs.map(facetValues));
    // Japanese collation is slow per comparison: sort once here, compare integers later.
    const collator = new Intl.Collator('ja');
    const byName = programs
      .map((_, i) => i)
      // Equal names fall back to the id, so the order never depends on how storage listed them.
      .sort(
        (a, b) =>
          collator.compare(programs[a]!.name, programs[b]!.name) || compareIds(programs[a]!, programs[b]!),
      );
    this.nameRank = new Int32Array(programs.length);
    byName.forEach((record, rank) => (this.nameRank[record] = rank));
    const budget = programs.map((p) => Math.max(-1, ...p.budgets.map((b) => b.amountYen ?? -1)));
    this.orders = {
      name: Int32Array.from(byName),
      budget: Int32Array.from([...byName].sort((a, b) => budget[b]! - budget[a]!)),
      fiscalYear: Int32Array.from(
        [...byName].sort((a, b) => programs[b]!.describes.year - programs[a]!.describes.year),
      ),
    };
    const STALENESS = { active: 0, unknown: 1, ended: 2, historical: 3 } as const;
    this.staleness = Uint8Array.from(programs, (p) => STALENESS[p.status.value]);
  }

  /** The filter values no program has (from a hand-edited link): the list drops and names them. */
  unknownFilters(filters: Filters): [Facet, string][] {
    return FACETS.flatMap((facet, f) =>
      (filters[facet] ?? [])
        .filter((value) => !this.facets.has(f, value))
        .map((v) => [facet, v] as [Facet, string]),
    );
  }

  search({ query, filters = {}, sort = 'relevance' }: SearchRequest): SearchResult {
    const terms = parseQuery(query);
    const positive = terms.filter((t) => !t.negated);
    const n = this.programs.length;

    // Cheap score per record: the best field weight each positive term hits, summed.
    let matched: Float32Array | null = null;
    for (const term of positive) {
      const termScore = this.scoreTerm(term);
      if (!matched) matched = termScore;
      else
        for (let i = 0; i < n; i++)
          matched[i] = matched[i]! > 0 && termScore[i]! > 0 ? matched[i]! + termScore[i]! : 0;
    }
    const excluded = new Uint8Array(n);
    for (const term of terms.filter((t) => t.negated)) {
      for (const alternative of term.alternatives)
        for (const r of this.hitsOf(alternative).records) excluded[r] = 1;
    }

    const table = this.facets;
    const active = FACETS.map((facet, f) => (filters[facet]?.length ? f : -1)).filter((f) => f >= 0);
    const flags = active.map((f) => table.selection(f, filters[FACETS[f]!]!));
    const counts = FACETS.map((_, f) => table.newCounts(f));
    const walk = this.orders[sort === 'relevance' ? 'name' : sort];
    const passing = new Int32Array(n);
    const passed = new Uint8Array(n);
    // Relevance sort key (score in half points, then currency), filled in during this one pass.
    const keys = matched && sort === 'relevance' ? new Int32Array(n) : null;
    let length = 0;
    for (let k = 0; k < n; k++) {
      const record = walk[k]!;
      if (excluded[record] || (matched !== null && matched[record] === 0)) continue;
      let failing = 0;
      let failedFacet = -1;
      for (let a = 0; a < active.length && failing < 2; a++) {
        if (!table.matches(active[a]!, record, flags[a]!)) {
          failing++;
          failedFacet = active[a]!;
        }
      }
      // A facet's counts ignore its own filter, so choosing one ministry still shows the others.
      if (failing === 1) table.countOne(failedFacet, record, counts[failedFacet]!);
      if (failing === 0) {
        if (keys) keys[length] = Math.round(matched![record]! * 2) * 4 + (3 - this.staleness[record]!);
        passing[length++] = record;
        passed[record] = 1;
      }
    }
    for (let f = 0; f < FACETS.length; f++) table.countAll(f, passed, counts[f]!);
    const order = passing.slice(0, length);
    const facetCounts = Object.fromEntries(
      FACETS.map((facet, f) => [
        facet,
        new Map(
          table.values[f]!.flatMap((value, code) =>
            counts[f]![code]! > 0 ? [[value, counts[f]![code]!] as const] : [],
          ),
        ),
      ]),
    ) as SearchResult['facetCounts'];

    const ranked = keys ? this.rankByRelevance(order, keys, positive) : order;
    return { order: ranked, total: length, terms, facetCounts };
  }

  private scoreTerm(term: QueryTerm): Float32Array {
    const score = new Float32Array(this.programs.length);
    let hits = 0;
    for (const alternative of term.alternatives) {
      const { records, weights } = this.hitsOf(alternative);
      for (let i = 0; i < records.length; i++) {
        const r = records[i]!;
        if (score[r] === 0) hits++;
        if (score[r]! < weights[i]!) score[r] = weights[i]!;
      }
    }
    if (!term.exact && hits < 3) {
      // Few exact hits for a name-length term: likely a typo. Look for names one character away.
      for (const alternative of term.alternatives) {
        if ([...alternative].length < 4) continue;
        for (const r of this.names.similar(alternative, 2)) if (score[r] === 0) score[r] = 0.5;
      }
    }
    return score;
  }

  /**
   * Records containing `alternative`. Remembered, because typing changes one word at a time; and
   * when it extends a remembered alternative (バイオ → バイオマ), only that one's records can
   * contain it, so they are checked instead of scanning everything again.
   */
  private hitsOf(alternative: string): Hits {
    const cached = this.hitCache.get(alternative);
    if (cached) {
      this.hitCache.delete(alternative);
      this.hitCache.set(alternative, cached);
      return cached;
    }
    let base: Hits | undefined;
    for (const [key, hits] of this.hitCache) {
      if (alternative.includes(key) && (!base || hits.records.length < base.records.length)) base = hits;
    }
    const records: number[] = [];
    const weights: number[] = [];
    if (base && base.records.length < this.programs.length / 4) {
      for (const r of base.records) {
        const doc = this.docs[r]!;
        const weight = doc.name.includes(alternative)
          ? 3
          : doc.org.includes(alternative)
            ? 2
            : doc.body.includes(alternative)
              ? 1
              : 0;
        if (weight) {
          records.push(r);
          weights.push(weight);
        }
      }
    } else {
      const weightOf = new Uint8Array(this.programs.length);
      GROUPS.forEach((group, g) =>
        this.haystacks[g]!.forEachRecordContaining(alternative, (r) => {
          if (weightOf[r]! < group.weight) weightOf[r] = group.weight;
        }),
      );
      for (let r = 0; r < weightOf.length; r++) {
        if (weightOf[r]) {
          records.push(r);
          weights.push(weightOf[r]!);
        }
      }
    }
    const hits = { records: Int32Array.from(records), weights: Uint8Array.from(weights) };
    this.hitCache.set(alternative, hits);
    if (this.hitCache.size > CACHE_SIZE) this.hitCache.delete(this.hitCache.keys().next().value!);
    return hits;
  }

  /**
   * Relevance: a stable counting sort on the small integer key keeps name order inside each
   * key at O(n); then Fuse re-ranks only the first RANK_LIMIT.
   */
  private rankByRelevance(inNameOrder: Int32Array, keys: Int32Array, positive: QueryTerm[]): Int32Array {
    let maxKey = 0;
    for (let k = 0; k < inNameOrder.length; k++) if (keys[k]! > maxKey) maxKey = keys[k]!;
    const starts = new Int32Array(maxKey + 2);
    for (let k = 0; k < inNameOrder.length; k++) starts[maxKey - keys[k]! + 1]!++;
    for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
    const order = new Int32Array(inNameOrder.length);
    for (let k = 0; k < inNameOrder.length; k++) order[starts[maxKey - keys[k]!]!++] = inNameOrder[k]!;
    const head = Array.from(order.subarray(0, RANK_LIMIT));
    order.set(this.rankWithFuse(head, positive), 0);
    return order;
  }

  /** Fuse ranks the best candidates over the normalised name and organisation fields, one pass per query term. */
  private rankWithFuse(records: number[], terms: QueryTerm[]): number[] {
    if (records.length < 2) return records;
    // Names and organisations only: text deep in a summary is already found and scored by the
    // exact scan, and bitap over 150-character summaries was most of the time a keystroke took.
    const fuse = new Fuse(records, {
      keys: GROUPS.filter((g) => g.key !== 'body').map((g) => ({ name: g.key, weight: g.weight })),
      getFn: (record, path) => this.docs[record]![(Array.isArray(path) ? path[0] : path) as keyof Doc],
      ignoreLocation: true,
      includeScore: true,
      threshold: 0.6,
    });
    // Currency weighs in: 0.15 per staleness step (historical +0.45). An exact hit on an old
    // program's name (≈0) still beats a program that does not match the term at all (1).
    const total = new Map<number, number>(records.map((r) => [r, this.staleness[r]! * 0.15]));
    for (const term of terms) {
      const seen = new Set<number>();
      for (const { item, score } of fuse.search(term.alternatives[0]!.slice(0, 32))) {
        // Bands of 0.1: Fuse's field-length norm separates two exact hits by noise, and then
        // currency, not the length of a department name, should decide.
        total.set(item, total.get(item)! + Math.round((score ?? 1) * 10) / 10);
        seen.add(item);
      }
      for (const r of records) if (!seen.has(r)) total.set(r, total.get(r)! + 1);
    }
    return [...records].sort(
      (a, b) =>
        total.get(a)! - total.get(b)! ||
        this.staleness[a]! - this.staleness[b]! ||
        this.nameRank[a]! - this.nameRank[b]!,
    );
  }
}

function compareIds(a: Program, b: Program): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
