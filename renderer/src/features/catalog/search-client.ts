import type { SearchRequest } from '../../../../shared/search/program-search';
import type {
  FromSearchWorker,
  SearchReply,
  ToSearchWorker,
} from '../../../../shared/search/search-protocol';

/**
 * The page's side of the search worker. Only the newest request matters: a reply to an older
 * one (the user has typed on) is dropped.
 */
export class SearchClient {
  private readonly worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  private latest = 0;
  private waiting: { resolve: (reply: SearchReply) => void; reject: (error: Error) => void } | null = null;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
      const message = event.data;
      if (!this.waiting) return;
      if (message.type === 'failed') this.waiting.reject(new Error(message.message));
      else if (message.id === this.latest) this.waiting.resolve(message);
      else return;
      this.waiting = null;
    };
    this.post({ type: 'index' });
  }

  search(request: SearchRequest, limit: number): Promise<SearchReply> {
    const id = ++this.latest;
    this.post({ type: 'search', id, request, limit });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  dispose(): void {
    this.worker.terminate();
  }

  private post(message: ToSearchWorker) {
    this.worker.postMessage(message);
  }
}
