import type { Program } from '../../../../shared/catalog/program';
import type { SearchRequest, SearchResult } from '../../../../shared/search/program-search';
import type { SearchReply, ToSearchWorker } from '../../../../shared/search/search-protocol';

/**
 * The page's side of the search worker. Only the newest request matters: a reply to an older
 * one (the user has typed on) is dropped.
 */
export class SearchClient {
  private readonly worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  private latest = 0;
  private waiting: ((result: SearchResult) => void) | null = null;

  constructor(programs: Program[]) {
    this.worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.id !== this.latest || !this.waiting) return;
      this.waiting({
        order: reply.order,
        total: reply.total,
        terms: reply.terms,
        facetCounts: Object.fromEntries(
          reply.facetCounts.map(([facet, counts]) => [facet, new Map(counts)]),
        ) as SearchResult['facetCounts'],
      });
      this.waiting = null;
    };
    this.post({ type: 'index', programs });
  }

  search(request: SearchRequest): Promise<SearchResult> {
    const id = ++this.latest;
    this.post({ type: 'search', id, request });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  dispose(): void {
    this.worker.terminate();
  }

  private post(message: ToSearchWorker) {
    this.worker.postMessage(message);
  }
}
