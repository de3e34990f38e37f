import { useDeferredValue, useMemo } from 'react';
import { ProgramSearchIndex, type SearchResult } from '../../../../shared/search/program-search';
import { usePrograms } from '../../db/programs-repository';
import type { ListState } from './search-params';

/**
 * The index is built once per catalog; the query is deferred, so React keeps the input
 * responsive and renders results as soon as they are ready.
 */
export function useProgramSearch(
  state: ListState,
): { index: ProgramSearchIndex; result: SearchResult; unfiltered: number } | null {
  const programs = usePrograms();
  const index = useMemo(() => (programs ? new ProgramSearchIndex(programs) : null), [programs]);
  const query = useDeferredValue(state.query);
  const filtersKey = JSON.stringify(state.filters);
  return useMemo(() => {
    if (!index) return null;
    const result = index.search({ query, filters: JSON.parse(filtersKey), sort: state.sort });
    // How many the filters hid, for the empty state: only computed when it is needed.
    const unfiltered =
      result.total === 0 && filtersKey !== '{}' ? index.search({ query }).total : result.total;
    return { index, result, unfiltered };
  }, [index, query, filtersKey, state.sort]);
}
