import { startTransition, useEffect, useRef, useState } from 'react';
import type { Facet } from '../../../../shared/search/facets';
import type { SearchReply } from '../../../../shared/search/search-protocol';
import { useCatalogMeta } from '../../db/programs-repository';
import { SearchClient } from './search-client';
import type { ListState } from './search-params';

export interface ProgramSearch extends Omit<SearchReply, 'facetCounts'> {
  facetCounts: Record<Facet, Map<string, number>>;
}

/**
 * Searches in a worker that holds the catalog: a keystroke posts the request and the page draws
 * the reply's page of rows. The previous results stay on screen until the new ones arrive.
 */
export function useProgramSearch(
  state: ListState,
  limit: number,
): {
  search: ProgramSearch | null;
  error: string | null;
  /** Every result's id for the current state, for an export. */
  allIds: () => Promise<string[]>;
} {
  const meta = useCatalogMeta();
  // A new catalog (an update, a first seed) gets a new worker and index.
  const catalogKey = meta ? `${meta.catalogVersion}@${meta.loadedAt}` : null;
  const client = useRef<SearchClient | null>(null);
  const [search, setSearch] = useState<ProgramSearch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const filtersKey = JSON.stringify(state.filters);

  useEffect(() => {
    if (!catalogKey) return;
    const worker = new SearchClient();
    client.current = worker;
    return () => {
      worker.dispose();
      client.current = null;
    };
  }, [catalogKey]);

  useEffect(() => {
    const worker = client.current;
    if (!worker) return;
    let current = true;
    const filters = JSON.parse(filtersKey) as ListState['filters'];
    worker.search({ query: state.query, filters, sort: state.sort }, limit).then(
      (reply) => {
        if (!current) return;
        // A transition: React draws the new rows in slices and yields to keystrokes in between.
        startTransition(() => {
          setError(null);
          setSearch({
            ...reply,
            facetCounts: Object.fromEntries(
              reply.facetCounts.map(([facet, counts]) => [facet, new Map(counts)]),
            ) as ProgramSearch['facetCounts'],
          });
        });
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [catalogKey, state.query, filtersKey, state.sort, limit]);

  const allIds = async () => {
    const worker = client.current;
    if (!worker) return [];
    const reply = await worker.search(
      { query: state.query, filters: state.filters, sort: state.sort },
      0,
      true,
    );
    return reply.ids ?? [];
  };
  return { search, error, allIds };
}
