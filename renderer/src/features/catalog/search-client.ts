import type { SearchRequest } from '../../../../shared/search/program-search';
import type {
  FromSearchWorker,
  SearchReply,
  ToSearchWorker,
} from '../../../../shared/search/search-protocol';

interface Waiter {
  resolve: (reply: SearchReply) => void;
  reject: (error: Error) => void;
  allIds: boolean;
}

/**
 * The page's side of the search worker. For what the list shows only the newest request matters:
 * a newer one drops the older ones' replies. A request for all ids (an export) is always answered.
 */
export class SearchClient {
  private readonly worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  private counter = 0;
  private readonly waiting = new Map<number, Waiter>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
      const message = event.data;
      if (message.type === 'failed') {
        for (const waiter of this.waiting.values()) waiter.reject(new Error(message.message));
        this.waiting.clear();
        return;
      }
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      waiter?.resolve(message);
    };
    this.post({ type: 'index' });
  }

  search(request: SearchRequest, limit: number, allIds = false): Promise<SearchReply> {
    const id = ++this.counter;
    if (!allIds) for (const [key, waiter] of this.waiting) if (!waiter.allIds) this.waiting.delete(key);
    this.post({ type: 'search', id, request, limit, allIds });
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject, allIds }));
  }

  dispose(): void {
    this.worker.terminate();
  }

  private post(message: ToSearchWorker) {
    this.worker.postMessage(message);
  }
}
