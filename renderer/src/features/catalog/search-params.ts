import { FACETS, type Filters } from '../../../../shared/search/facets';
import type { SortOrder } from '../../../../shared/search/program-search';

const SORTS: SortOrder[] = ['relevance', 'budget', 'name', 'fiscalYear'];

export interface ListState {
  query: string;
  filters: Filters;
  sort: SortOrder;
}

/** The list's whole state lives in the URL: ?q=…&ministry=…&status=…&sort=budget */
export function listStateFromParams(params: URLSearchParams): ListState {
  const filters: Filters = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet);
    if (values.length) filters[facet] = values;
  }
  const sort = params.get('sort') as SortOrder | null;
  return { query: params.get('q') ?? '', filters, sort: sort && SORTS.includes(sort) ? sort : 'relevance' };
}

export function listStateToParams({ query, filters, sort }: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const facet of FACETS) for (const value of filters[facet] ?? []) params.append(facet, value);
  if (sort !== 'relevance') params.set('sort', sort);
  return params;
}

export const SORT_ORDERS = SORTS;

/** The shell's search box (the whole catalog): the / and Ctrl+K shortcut focuses it from anywhere. */
export const SEARCH_INPUT_ID = 'site-search';

/** The program list's own search box (programs only, with facets and sort). */
export const PROGRAM_SEARCH_INPUT_ID = 'program-search';

/** The User Timing mark the list page sets when a search reply is drawn. */
export const RESULTS_SHOWN_MARK = 'search-results-shown';
export const WORDS_AHEAD_MARK = 'search-words-ahead';

/** The User Timing mark the search client sets when the worker's index is ready. */
export const INDEX_READY_MARK = 'search-index-ready';
