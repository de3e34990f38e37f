import { useMemo } from 'react';
import type { SearchRequest } from '../../../../shared/search/program-search';
import type {
  CatalogSearchReply,
  FromSearchWorker,
  SearchReply,
  SuggestionsReply,
  ToSearchWorker,
} from '../../../../shared/search/search-protocol';
import { useCatalogMeta } from '../../db/programs-repository';
import { INDEX_READY_MARK, WORDS_AHEAD_MARK } from './search-params';

interface Waiter {
  resolve: (reply: SearchReply | CatalogSearchReply) => void;
  reject: (error: Error) => void;
  /** An export's request for every id: always answered, never dropped for a newer one. */
  keep: boolean;
}

/**
 * The page's side of the search worker. For what a page shows only the newest request matters:
 * a newer one drops the older ones' replies. A request for all ids (an export) is always answered.
 */
export class SearchClient {
  private readonly worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  private counter = 0;
  private readonly waiting = new Map<number, Waiter>();
  private readonly suggestionListeners = new Set<(reply: SuggestionsReply) => void>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'failed':
          for (const waiter of this.waiting.values()) waiter.reject(new Error(message.message));
          this.waiting.clear();
          return;
        case 'indexed':
          // For bench:search-ui: when the index was ready, and whether it was built or loaded.
          performance.mark(INDEX_READY_MARK, { detail: message });
          return;
        case 'ahead':
          // For bench:search-ui: the restart it measures is the one after the words were kept.
          performance.mark(WORDS_AHEAD_MARK, { detail: message });
          return;
        case 'suggestions':
          for (const listener of this.suggestionListeners) listener(message);
          return;
        default: {
          const waiter = this.waiting.get(message.id);
          this.waiting.delete(message.id);
          waiter?.resolve(message);
        }
      }
    };
    this.post({ type: 'index' });
  }

  search(request: SearchRequest, limit: number, allIds = false): Promise<SearchReply> {
    const id = this.next(allIds);
    this.post({ type: 'search', id, request, limit, allIds });
    return this.wait(id, allIds) as Promise<SearchReply>;
  }

  /** The catalog-wide search: every record kind, grouped. */
  searchCatalog(query: string, perKind: number): Promise<CatalogSearchReply> {
    const id = this.next(false);
    this.post({ type: 'everything', id, query, perKind });
    return this.wait(id, false) as Promise<CatalogSearchReply>;
  }

  /** What to try instead after a search that found nothing; returns the unsubscribe function. */
  onSuggestions(listener: (reply: SuggestionsReply) => void): () => void {
    this.suggestionListeners.add(listener);
    return () => this.suggestionListeners.delete(listener);
  }

  dispose(): void {
    this.worker.terminate();
  }

  private next(keep: boolean): number {
    if (!keep) for (const [key, waiter] of this.waiting) if (!waiter.keep) this.waiting.delete(key);
    return ++this.counter;
  }

  private wait(id: number, keep: boolean): Promise<SearchReply | CatalogSearchReply> {
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject, keep }));
  }

  private post(message: ToSearchWorker) {
    this.worker.postMessage(message);
  }
}

/** One worker for the whole app, for the catalog installed now: pages share its index. */
let shared: { key: string; client: SearchClient } | null = null;

function clientFor(key: string): SearchClient {
  if (shared?.key !== key) {
    shared?.client.dispose();
    shared = { key, client: new SearchClient() };
  }
  return shared.client;
}

/** The search worker for the installed catalog (a new catalog, a new worker); null while starting. */
export function useSearchClient(): SearchClient | null {
  const meta = useCatalogMeta();
  const key = meta ? `${meta.catalogVersion}@${meta.loadedAt}` : null;
  // Idempotent for a key, so safe to call while rendering: every page gets the same worker.
  return useMemo(() => (key ? clientFor(key) : null), [key]);
}
