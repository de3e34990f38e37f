import type { ProgramSearchIndex, SearchRequest } from './program-search';
import type { SearchReply } from './search-protocol';

/** Runs one request and packs what the list page needs to draw: a page of rows, counts, terms. */
export function answerSearch(
  index: ProgramSearchIndex,
  id: number,
  request: SearchRequest,
  limit: number,
  allIds = false,
): SearchReply {
  const result = index.search(request);
  const filtered = Object.values(request.filters ?? {}).some((values) => values.length > 0);
  return {
    type: 'result',
    id,
    query: request.query,
    total: result.total,
    rows: Array.from(result.order.subarray(0, limit), (record) => index.programs[record]!),
    terms: result.terms,
    facetCounts: Object.entries(result.facetCounts).map(([facet, counts]) => [
      facet as SearchReply['facetCounts'][number][0],
      [...counts],
    ]),
    unfiltered: result.total === 0 && filtered ? index.search({ query: request.query }).total : result.total,
    indexed: index.programs.length,
    unknownFilters: index.unknownFilters(request.filters ?? {}),
    ...(allIds ? { ids: Array.from(result.order, (record) => index.programs[record]!.id) } : {}),
  };
}
