import type { Community } from '../catalog/community';
import type { Framework } from '../catalog/framework';
import type { MarketDomain } from '../catalog/market-domain';
import type { Program } from '../catalog/program';
import type { Facet } from './facets';
import type { QueryTerm } from './query';
import type { SearchRequest } from './program-search';
import type { HitField, SearchKind } from './record-texts';
import type { Suggestion } from './suggestions';

/**
 * Messages between the page and the search worker. The worker reads the catalog from IndexedDB
 * itself and sends back only the rows the page shows, so the page never holds a national catalog.
 */
export type ToSearchWorker =
  | { type: 'index' }
  | { type: 'search'; id: number; request: SearchRequest; limit: number; allIds?: boolean }
  | { type: 'everything'; id: number; query: string; perKind: number };

export type FromSearchWorker =
  | SearchReply
  | CatalogSearchReply
  | SuggestionsReply
  | IndexedReport
  | AheadReport
  | { type: 'failed'; message: string };

/** Once the index is ready: how many programs, whether it was built or loaded, and how long it took. */
export type IndexedReport = {
  type: 'indexed';
  programs: number;
  ms: number;
} & ({ source: 'cache' } | { source: 'built'; why: string });

/** Once the vocabulary's words have been found ahead and the index kept with them. */
export interface AheadReport {
  type: 'ahead';
  words: number;
  /** Whether the index with the words could be kept for the next start. */
  kept: boolean;
}

export interface SearchReply {
  type: 'result';
  id: number;
  /** The query answered, for the page's performance mark. */
  query: string;
  total: number;
  /** The first `limit` results, best first. */
  rows: Program[];
  terms: QueryTerm[];
  facetCounts: [Facet, [string, number][]][];
  /** For each filtered facet: how many results there would be without its filter. */
  withoutFilter: [Facet, number][];
  /** Results for the same words without filters when the filters left none, else `total`. */
  unfiltered: number;
  /** How many programs the index holds. */
  indexed: number;
  /** Filter values in the request that no program has (a hand-edited link): to drop and name. */
  unknownFilters: [Facet, string][];
  /** Every result's id, best first, when asked for (an export of the whole result set). */
  ids?: string[];
}

/** One record found by the catalog-wide search, with the field it was found in when not its name. */
export type SearchHit = (
  | { kind: 'program'; record: Program }
  | { kind: 'framework'; record: Framework }
  | { kind: 'community'; record: Community }
  | { kind: 'domain'; record: MarketDomain }
) & { field: { field: HitField; text: string } | null };

export interface CatalogSearchReply {
  type: 'everything';
  id: number;
  query: string;
  terms: QueryTerm[];
  /** Every kind with its count and first hits, the kind with the best match first. */
  groups: { kind: SearchKind; total: number; hits: SearchHit[] }[];
  /** The best three matches whatever their kind. */
  best: SearchHit[];
}

/**
 * Sent a moment after a reply that found nothing, unless another search came first: what to
 * try instead. Separate, so that finding nothing is shown at once and typing never waits for it.
 */
export interface SuggestionsReply {
  type: 'suggestions';
  id: number;
  query: string;
  suggestions: Suggestion[];
}
