import type { Program } from '../catalog/program';
import type { Facet } from './facets';
import type { QueryTerm } from './query';
import type { SearchRequest } from './program-search';

/**
 * Messages between the page and the search worker. The worker reads the catalog from IndexedDB
 * itself and sends back only the rows the page shows, so the page never holds a national catalog.
 */
export type ToSearchWorker =
  { type: 'index' } | { type: 'search'; id: number; request: SearchRequest; limit: number; allIds?: boolean };

export type FromSearchWorker = SearchReply | { type: 'failed'; message: string };

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
  /** Results for the same words without filters when the filters left none, else `total`. */
  unfiltered: number;
  /** How many programs the index holds. */
  indexed: number;
  /** Filter values in the request that no program has (a hand-edited link): to drop and name. */
  unknownFilters: [Facet, string][];
  /** Every result's id, best first, when asked for (an export of the whole result set). */
  ids?: string[];
}
