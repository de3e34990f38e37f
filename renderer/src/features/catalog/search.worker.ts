/// <reference lib="webworker" />
// Reads the catalog from IndexedDB, loads or builds the search index and answers queries, all off
// the UI thread: the page never loads, indexes or scans the whole catalog, so typing never waits.
import '../../runtime-setup';
import type { FromSearchWorker, ToSearchWorker } from '../../../../shared/search/search-protocol';
import { NaviDatabase } from '../../db/db';
import { SearchCacheDatabase } from './search-cache';
import { createSearchService } from './search-service';

const handle = createSearchService(
  new NaviDatabase(),
  new SearchCacheDatabase(),
  (message: FromSearchWorker) => (self as unknown as Worker).postMessage(message),
  // The built worker's file name carries a hash of its code: new search code, new index.
  { format: `1|${self.location.pathname}` },
);
self.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  // The service replies "failed" itself; this catches only a reply that could not be sent.
  handle(event.data).catch((error: unknown) => console.error('Search worker failed', error));
};
