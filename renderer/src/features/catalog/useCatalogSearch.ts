import { startTransition, useEffect, useState } from 'react';
import type { CatalogSearchReply, SuggestionsReply } from '../../../../shared/search/search-protocol';
import type { Suggestion } from '../../../../shared/search/suggestions';
import { useSearchClient } from './search-client';

/**
 * The catalog-wide search for the search page: each keystroke asks the worker, the previous
 * results stay until the new ones arrive, and after a search that found nothing the worker's
 * suggestions follow (null while they may still come).
 */
export function useCatalogSearch(
  query: string,
  perKind: number,
): { reply: CatalogSearchReply | null; suggestions: Suggestion[] | null; error: string | null } {
  const client = useSearchClient();
  const [reply, setReply] = useState<CatalogSearchReply | null>(null);
  const [suggested, setSuggested] = useState<SuggestionsReply | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => client?.onSuggestions(setSuggested), [client]);
  useEffect(() => {
    if (!client) return;
    let current = true;
    client.searchCatalog(query, perKind).then(
      (answer) => {
        if (!current) return;
        // A transition: drawing the new hits yields to the next keystroke.
        startTransition(() => {
          setError(null);
          setReply(answer);
        });
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [client, query, perKind]);

  const suggestions = reply && suggested?.id === reply.id ? suggested.suggestions : null;
  return { reply, suggestions, error };
}
