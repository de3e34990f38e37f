import { startTransition, useEffect, useState } from 'react';
import type { Facet } from '../../../../shared/search/facets';
import type { SearchReply, SuggestionsReply } from '../../../../shared/search/search-protocol';
import type { Suggestion } from '../../../../shared/search/suggestions';
import { useSearchClient } from './search-client';
import type { ListState } from './search-params';

export interface ProgramSearch extends Omit<SearchReply, 'facetCounts' | 'withoutFilter'> {
  withoutFilter: Map<Facet, number>;
}

export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * Searches in a worker that holds the catalog: a keystroke posts the request and the page draws
 * the reply's page of rows. The previous results stay on screen until the new ones arrive.
 */
export function useProgramSearch(
  state: ListState,
  limit: number,
): {
  search: ProgramSearch | null;
  /** The facet counts of the same reply, drawn a task after its rows. */
  facets: FacetCounts | null;
  error: string | null;
  /** After words that find nothing: what to try instead (null while it may still come). */
  suggestions: Suggestion[] | null;
  /** Every result's id for the current state, for an export. */
  allIds: () => Promise<string[]>;
} {
  const client = useSearchClient();
  const [search, setSearch] = useState<ProgramSearch | null>(null);
  const [facets, setFacets] = useState<FacetCounts | null>(null);
  const [suggested, setSuggested] = useState<SuggestionsReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const filtersKey = JSON.stringify(state.filters);

  useEffect(() => client?.onSuggestions(setSuggested), [client]);
  useEffect(() => {
    if (!client) return;
    let current = true;
    const filters = JSON.parse(filtersKey) as ListState['filters'];
    client.search({ query: state.query, filters, sort: state.sort }, limit).then(
      (reply) => {
        if (!current) return;
        // Transitions: React draws the reply and yields to keystrokes in between. The rows come
        // first; the facet counts are drawn in the next task, so neither waits for the other's
        // layout and no single task lays out both.
        const { facetCounts, ...rest } = reply;
        startTransition(() => {
          setError(null);
          setSearch({ ...rest, withoutFilter: new Map(reply.withoutFilter) });
        });
        setTimeout(() => {
          if (!current) return;
          startTransition(() =>
            setFacets(
              Object.fromEntries(
                facetCounts.map(([facet, counts]) => [facet, new Map(counts)]),
              ) as FacetCounts,
            ),
          );
        }, 0);
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [client, state.query, filtersKey, state.sort, limit]);

  const allIds = async () => {
    if (!client) return [];
    const reply = await client.search(
      { query: state.query, filters: state.filters, sort: state.sort },
      0,
      true,
    );
    return reply.ids ?? [];
  };
  const suggestions = search && suggested?.id === search.id ? suggested.suggestions : null;
  return { search, facets, error, suggestions, allIds };
}
