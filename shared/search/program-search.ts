import type { Program } from '../catalog/program';
import { FacetTable, FacetTableBuilder, type FacetTableSnapshot } from './facet-table';
import { FACETS, facetValues, type Facet, type Filters } from './facets';
import { parseQuery, type QueryTerm } from './query';
import { programTexts } from './record-texts';
import { TextIndex, type GroupTexts, type TextIndexSnapshot } from './text-index';

export type SortOrder = 'relevance' | 'budget' | 'name' | 'fiscalYear';

/** How many candidates Fuse ranks; the rest follow in cheap-score order. */
const RANK_LIMIT = 100;
const STALENESS = { active: 0, unknown: 1, ended: 2, historical: 3 } as const;

export interface SearchRequest {
  query: string;
  filters?: Filters;
  sort?: SortOrder;
}

/** How well a ranked record matched: cheap score (higher is better), then Fuse (lower is better). */
export interface Relevance {
  points: number;
  fuse: number;
}

export interface SearchResult {
  /** Record indices, best first. */
  order: Int32Array;
  total: number;
  terms: QueryTerm[];
  /** For each facet, value → count among results when every other facet's filter applies. */
  facetCounts: Record<Facet, Map<string, number>>;
  /** For each facet with a filter: how many results there would be without that filter. */
  withoutFilter: Partial<Record<Facet, number>>;
  /** Relevance of the records Fuse ranked (the head of `order`), when sorted by relevance. */
  relevance: Map<number, Relevance>;
}

/** The program index as plain data, to keep it in IndexedDB between starts. */
export interface ProgramIndexSnapshot {
  ids: string[];
  text: TextIndexSnapshot;
  facets: FacetTableSnapshot;
  orders: Record<Exclude<SortOrder, 'relevance'>, Int32Array>;
  staleness: Uint8Array;
}

/**
 * Builds the index from programs given in chunks, keeping only what the index needs of each:
 * a national catalog never has to be in memory whole.
 */
export class ProgramIndexBuilder {
  private readonly ids: string[] = [];
  private readonly texts: GroupTexts[] = [];
  private readonly facets = new FacetTableBuilder();
  private readonly names: string[] = [];
  private readonly budgets: number[] = [];
  private readonly years: number[] = [];
  private readonly staleness: number[] = [];

  add(programs: Program[]): this {
    for (const p of programs) {
      this.ids.push(p.id);
      this.texts.push(programTexts(p));
      this.facets.add(facetValues(p));
      this.names.push(p.name);
      this.budgets.push(Math.max(-1, ...p.budgets.map((b) => b.amountYen ?? -1)));
      this.years.push(p.describes.year);
      this.staleness.push(STALENESS[p.status.value]);
    }
    return this;
  }

  finish(): ProgramSearchIndex {
    const { ids, names, budgets, years } = this;
    // Japanese collation is slow per comparison: sort once here, compare integers later.
    const collator = new Intl.Collator('ja');
    const byName = ids
      .map((_, i) => i)
      // Equal names fall back to the id, so the order never depends on how storage listed them.
      .sort(
        (a, b) =>
          collator.compare(names[a]!, names[b]!) || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
      );
    return ProgramSearchIndex.fromSnapshot({
      ids,
      text: TextIndex.build(this.texts).snapshot(),
      facets: this.facets.finish().snapshot(),
      orders: {
        name: Int32Array.from(byName),
        budget: Int32Array.from([...byName].sort((a, b) => budgets[b]! - budgets[a]!)),
        fiscalYear: Int32Array.from([...byName].sort((a, b) => years[b]! - years[a]!)),
      },
      staleness: Uint8Array.from(this.staleness),
    });
  }
}

export class ProgramSearchIndex {
  /** Program ids by record number. */
  readonly ids: string[];
  private readonly text: TextIndex;
  private readonly facets: FacetTable;
  /** Record indices in each sort order, computed once: no comparison sort on a keystroke. */
  private readonly orders: ProgramIndexSnapshot['orders'];
  private readonly nameRank: Int32Array;
  /** Among equally good matches, current programs come before mentions and historical ones. */
  private readonly staleness: Uint8Array;
  private recordOfId: Map<string, number> | null = null;
  /** Scratch for one search's pass over every record (a search runs to its end before the next). */
  private readonly keyOfRecord: Int32Array;

  private constructor(snapshot: ProgramIndexSnapshot, text: TextIndex, facets: FacetTable) {
    this.ids = snapshot.ids;
    this.text = text;
    this.facets = facets;
    this.orders = snapshot.orders;
    this.staleness = snapshot.staleness;
    this.nameRank = new Int32Array(this.ids.length);
    this.keyOfRecord = new Int32Array(this.ids.length);
    snapshot.orders.name.forEach((record, rank) => (this.nameRank[record] = rank));
  }

  static build(programs: Program[]): ProgramSearchIndex {
    return new ProgramIndexBuilder().add(programs).finish();
  }

  /** The filter values no program has (from a hand-edited link): the list drops and names them. */
  unknownFilters(filters: Filters): [Facet, string][] {
    return FACETS.flatMap((facet, f) =>
      (filters[facet] ?? [])
        .filter((value) => !this.facets.has(f, value))
        .map((v) => [facet, v] as [Facet, string]),
    );
  }

  static fromSnapshot(snapshot: ProgramIndexSnapshot): ProgramSearchIndex {
    return new ProgramSearchIndex(
      snapshot,
      TextIndex.fromSnapshot(snapshot.text),
      FacetTable.fromSnapshot(snapshot.facets),
    );
  }

  snapshot(): ProgramIndexSnapshot {
    return {
      ids: this.ids,
      text: this.text.snapshot(),
      facets: this.facets.snapshot(),
      orders: this.orders,
      staleness: this.staleness,
    };
  }

  get size(): number {
    return this.ids.length;
  }

  /** The catalog's ministries, categories and instruments: words worth suggesting. */
  labels(): string[] {
    return (['ministry', 'category', 'instrument'] as const).flatMap((facet) =>
      this.facets.values[FACETS.indexOf(facet)]!.filter((value) => !value.startsWith('(')),
    );
  }

  /** Record numbers of the programs a term links to (the vocabulary's agency links). */
  readonly linkedRecords = (term: QueryTerm): number[] => {
    if (term.linked.length === 0) return [];
    this.recordOfId ??= new Map(this.ids.map((id, record) => [id, record]));
    return term.linked.flatMap((id) => {
      const record = this.recordOfId!.get(id);
      return record === undefined ? [] : [record];
    });
  };

  /** Finds the next of `words` ahead (one scan); false once all are found. See TextIndex.findAhead. */
  findAhead(words: readonly string[]): boolean {
    return this.text.findAhead(words);
  }

  /** How many programs one term finds on its own. */
  countTerm(term: QueryTerm): number {
    return this.text.countTerm(term, this.linkedRecords(term));
  }

  search({ query, filters = {}, sort = 'relevance' }: SearchRequest, parsed?: QueryTerm[]): SearchResult {
    const terms = parsed ?? parseQuery(query);
    const n = this.ids.length;
    const { matched, excluded } = this.text.match(terms, this.linkedRecords);

    const table = this.facets;
    const active = FACETS.map((facet, f) => (filters[facet]?.length ? f : -1)).filter((f) => f >= 0);
    const flags = active.map((f) => table.selection(f, filters[FACETS[f]!]!));
    const counts = FACETS.map((_, f) => table.newCounts(f));
    const failedOnlyOn = new Int32Array(FACETS.length);
    // Pass 1, in storage order (sequential memory): whether each record passes, with its relevance
    // key (score in half points, then currency), and the facet counts.
    const key = this.keyOfRecord;
    const relevant = matched !== null && sort === 'relevance';
    let length = 0;
    for (let record = 0; record < n; record++) {
      key[record] = -1;
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
      if (failing === 1) {
        table.countOne(failedFacet, record, counts[failedFacet]!);
        failedOnlyOn[failedFacet]!++;
      }
      if (failing === 0) {
        key[record] = relevant ? Math.round(matched[record]! * 2) * 4 + (3 - this.staleness[record]!) : 0;
        length++;
      }
    }
    // The results' facet counts: counted directly when they are few, else as the catalog's totals
    // less the records left out (one typed letter finds most of a national catalog).
    const direct = length <= n / 2;
    if (!direct)
      counts.forEach((count, f) => {
        const totals = table.totals(f);
        for (let code = 0; code < count.length; code++) count[code]! += totals[code]!;
      });
    for (let record = 0; record < n; record++)
      if (key[record]! >= 0 === direct)
        for (let f = 0; f < counts.length; f++) table.countOne(f, record, counts[f]!, direct ? 1 : -1);
    // Pass 2, in the sort order: one read per record.
    const walk = this.orders[sort === 'relevance' ? 'name' : sort];
    const order = new Int32Array(length);
    const keys = relevant ? new Int32Array(length) : null;
    for (let k = 0, at = 0; at < length; k++) {
      const record = walk[k]!;
      if (key[record]! < 0) continue;
      if (keys) keys[at] = key[record]!;
      order[at++] = record;
    }
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
    const withoutFilter = Object.fromEntries(
      active.map((f) => [FACETS[f]!, length + failedOnlyOn[f]!]),
    ) as SearchResult['withoutFilter'];

    const relevance = new Map<number, Relevance>();
    const ranked = keys ? this.rankByRelevance(order, keys, terms, relevance) : order;
    return { order: ranked, total: length, terms, facetCounts, withoutFilter, relevance };
  }

  /**
   * Relevance: a stable counting sort on the small integer key keeps name order inside each
   * key at O(n); then the first RANK_LIMIT are ordered by score, Fuse, currency and name.
   */
  private rankByRelevance(
    inNameOrder: Int32Array,
    keys: Int32Array,
    terms: QueryTerm[],
    relevance: Map<number, Relevance>,
  ): Int32Array {
    let maxKey = 0;
    for (let k = 0; k < inNameOrder.length; k++) if (keys[k]! > maxKey) maxKey = keys[k]!;
    const starts = new Int32Array(maxKey + 2);
    for (let k = 0; k < inNameOrder.length; k++) starts[maxKey - keys[k]! + 1]!++;
    for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
    const order = new Int32Array(inNameOrder.length);
    const keyOf = new Map<number, number>();
    for (let k = 0; k < inNameOrder.length; k++) {
      const at = starts[maxKey - keys[k]!]!++;
      order[at] = inNameOrder[k]!;
      if (at < RANK_LIMIT) keyOf.set(inNameOrder[k]!, keys[k]!);
    }
    const head = Array.from(order.subarray(0, RANK_LIMIT));
    const fuse = this.text.fuseTotals(head, terms);
    for (const record of head) {
      relevance.set(record, {
        points: keyOf.get(record)! >> 2,
        // Currency weighs in: 0.15 per staleness step. An exact hit on an old program's name
        // (≈0) still beats a program that does not match the term at all (1).
        fuse: fuse.get(record)! + this.staleness[record]! * 0.15,
      });
    }
    head.sort(
      (a, b) =>
        compareRelevance(relevance.get(a)!, relevance.get(b)!) ||
        this.staleness[a]! - this.staleness[b]! ||
        this.nameRank[a]! - this.nameRank[b]!,
    );
    order.set(head, 0);
    return order;
  }
}

/** Better first: more points (cheap score), then the lower Fuse total. */
export function compareRelevance(a: Relevance, b: Relevance): number {
  return b.points - a.points || a.fuse - b.fuse;
}
