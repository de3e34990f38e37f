/// <reference lib="webworker" />
// Builds the search index and answers queries off the UI thread, so typing never waits for it.
import { ProgramSearchIndex } from '../../../../shared/search/program-search';
import type { SearchReply, ToSearchWorker } from '../../../../shared/search/search-protocol';

let index: ProgramSearchIndex | null = null;

self.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'index') {
    index = new ProgramSearchIndex(message.programs);
    return;
  }
  if (!index) return;
  const result = index.search(message.request);
  const reply: SearchReply = {
    type: 'result',
    id: message.id,
    order: result.order,
    total: result.total,
    terms: result.terms,
    facetCounts: Object.entries(result.facetCounts).map(([facet, counts]) => [
      facet as SearchReply['facetCounts'][number][0],
      [...counts],
    ]),
  };
  (self as unknown as Worker).postMessage(reply, [reply.order.buffer]);
};
