import type { Program } from '../catalog/program';
import type { Facet } from './facets';
import type { QueryTerm } from './query';
import type { SearchRequest } from './program-search';

/** Messages between the page and the search worker. */
export type ToSearchWorker =
  { type: 'index'; programs: Program[] } | { type: 'search'; id: number; request: SearchRequest };

export interface SearchReply {
  type: 'result';
  id: number;
  /** Record indices into the indexed programs, best first (transferred, not copied). */
  order: Int32Array;
  total: number;
  terms: QueryTerm[];
  facetCounts: [Facet, [string, number][]][];
}
