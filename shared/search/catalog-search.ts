import type { Catalog } from '../catalog/catalog';
import { compareRelevance, type ProgramSearchIndex, type Relevance } from './program-search';
import { parseQuery, type QueryTerm } from './query';
import { SEARCH_KINDS, recordFields, recordTexts, type OtherRecord, type SearchKind } from './record-texts';
import { TextIndex } from './text-index';

/** One record in a ranking over every kind: `record` numbers its kind's index. */
export interface RankedRecord {
  kind: SearchKind;
  record: number;
  relevance: Relevance | null;
}

/**
 * Schemes, communities and market domains: a handful of records each, searched with the same
 * text index as programs (same fields weights, vocabulary, typo tolerance and ranking).
 */
export class OtherRecordsIndex {
  readonly items: OtherRecord[];
  private readonly text: TextIndex;

  constructor(items: OtherRecord[]) {
    this.items = items;
    this.text = TextIndex.build(items.map(recordTexts));
  }

  /** Matching records of every kind, best first (all of them, in catalog order, for no words). */
  search(terms: QueryTerm[]): RankedRecord[] {
    const { matched, excluded } = this.text.match(terms);
    const found: number[] = [];
    for (let r = 0; r < this.items.length; r++)
      if (!excluded[r] && (matched === null || matched[r]! > 0)) found.push(r);
    if (!matched) return found.map((record) => ({ kind: this.items[record]!.kind, record, relevance: null }));
    const fuse = this.text.fuseTotals(found, terms);
    return found
      .map((record) => ({
        kind: this.items[record]!.kind,
        record,
        relevance: { points: Math.round(matched[record]! * 2), fuse: fuse.get(record)! },
      }))
      .sort((a, b) => compareRelevance(a.relevance, b.relevance) || a.record - b.record);
  }

  countTerm(term: QueryTerm): number {
    return this.text.countTerm(term);
  }

  /** Names, organisations and members: words worth suggesting. */
  labels(): string[] {
    return this.items.flatMap((item) => {
      const fields = recordFields(item);
      return [...fields.name, ...fields.org.filter(([field]) => field !== 'contact').map(([, text]) => text)];
    });
  }
}

export interface KindGroup {
  kind: SearchKind;
  total: number;
  /** The first `perKind` records of the group, best first. */
  records: number[];
}

export interface CatalogSearchResult {
  terms: QueryTerm[];
  /** Every kind, the kind with the best match first; kinds without a match last. */
  groups: KindGroup[];
  /** The best matches whatever their kind, best first (at most `perKind` programs among them). */
  ranked: RankedRecord[];
}

/** One search over the whole catalog: programs, schemes, communities and market domains. */
export class CatalogSearchIndex {
  constructor(
    readonly programs: ProgramSearchIndex,
    readonly others: OtherRecordsIndex,
  ) {}

  search(query: string, perKind: number): CatalogSearchResult {
    const terms = parseQuery(query);
    const programs = this.programs.search({ query }, terms);
    const others = this.others.search(terms);
    const programHead: RankedRecord[] = Array.from(programs.order.subarray(0, perKind), (record) => ({
      kind: 'program' as const,
      record,
      relevance: programs.relevance.get(record) ?? null,
    }));
    const ranked = [...programHead, ...others].sort(
      (a, b) =>
        (a.relevance && b.relevance ? compareRelevance(a.relevance, b.relevance) : 0) ||
        SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind),
    );
    // Array.prototype.sort is stable: within a kind, its own ranking stays.
    const groups = SEARCH_KINDS.map((kind): KindGroup => {
      if (kind === 'program')
        return { kind, total: programs.total, records: programHead.map((r) => r.record) };
      const ofKind = others.filter((r) => r.kind === kind);
      return { kind, total: ofKind.length, records: ofKind.slice(0, perKind).map((r) => r.record) };
    });
    const firstRank = (kind: SearchKind) => {
      const at = ranked.findIndex((r) => r.kind === kind);
      return at < 0 ? Infinity : at;
    };
    groups.sort((a, b) => firstRank(a.kind) - firstRank(b.kind));
    return { terms, groups, ranked };
  }

  /** How many records of any kind a query finds. */
  count(query: string): number {
    const terms = parseQuery(query);
    return this.programs.search({ query }, terms).total + this.others.search(terms).length;
  }

  /** How many records of any kind one term finds on its own. */
  countTerm(term: QueryTerm): number {
    return this.programs.countTerm(term) + this.others.countTerm(term);
  }
}

/** The records of the other kinds in a catalog, as the search sees them. */
export function otherRecords(
  catalog: Pick<Catalog, 'communities' | 'marketDomains' | 'frameworks'>,
): OtherRecord[] {
  return [
    ...catalog.frameworks.map((record) => ({ kind: 'framework' as const, record })),
    ...catalog.communities.map((record) => ({ kind: 'community' as const, record })),
    ...catalog.marketDomains.map((record) => ({ kind: 'domain' as const, record })),
  ];
}

/** A record's name in rankings and golden queries: programs by id, others as `kind:id`. */
export function recordRef(index: CatalogSearchIndex, ranked: RankedRecord): string {
  return ranked.kind === 'program'
    ? index.programs.ids[ranked.record]!
    : `${ranked.kind}:${String(index.others.items[ranked.record]!.record.id)}`;
}
