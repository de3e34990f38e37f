import { useEffect, useRef, useState } from 'react';
import type { Program } from '../../../../shared/catalog/program';
import type { SearchResult } from '../../../../shared/search/program-search';
import { usePrograms } from '../../db/programs-repository';
import { SearchClient } from './search-client';
import type { ListState } from './search-params';

export interface ProgramSearch {
  programs: Program[];
  result: SearchResult;
  /** Results for the same words without filters, for the empty state; computed only when needed. */
  unfiltered: number;
}

/**
 * Searches in a worker: a keystroke posts the request and the page renders the reply, so neither
 * building the index nor searching ever runs on the UI thread. The previous results stay on
 * screen until the new ones arrive.
 */
export function useProgramSearch(state: ListState): ProgramSearch | null {
  const programs = usePrograms();
  const client = useRef<SearchClient | null>(null);
  const [answer, setAnswer] = useState<ProgramSearch | null>(null);
  const filtersKey = JSON.stringify(state.filters);

  // One worker per catalog; it lives as long as the catalog is on screen.
  useEffect(() => {
    if (!programs) return;
    const worker = new SearchClient(programs);
    client.current = worker;
    return () => {
      worker.dispose();
      client.current = null;
    };
  }, [programs]);

  useEffect(() => {
    const worker = client.current;
    if (!worker || !programs) return;
    let current = true;
    const filters = JSON.parse(filtersKey) as ListState['filters'];
    void worker.search({ query: state.query, filters, sort: state.sort }).then(async (result) => {
      const unfiltered =
        result.total === 0 && filtersKey !== '{}'
          ? (await worker.search({ query: state.query })).total
          : result.total;
      if (current) setAnswer({ programs, result, unfiltered });
    });
    return () => {
      current = false;
    };
  }, [programs, state.query, filtersKey, state.sort]);

  return answer;
}
