/// <reference lib="webworker" />
// Reads the catalog from IndexedDB, builds the search index and answers queries, all off the UI
// thread: the page never loads, indexes or scans the whole catalog, so typing never waits for it.
import '../../runtime-setup';
import { ProgramSearchIndex } from '../../../../shared/search/program-search';
import { answerSearch } from '../../../../shared/search/search-answer';
import type { FromSearchWorker, ToSearchWorker } from '../../../../shared/search/search-protocol';
import { NaviDatabase } from '../../db/db';
import { errorMessage } from '../../../../shared/error-message';

let index: Promise<ProgramSearchIndex> | null = null;
let latest = 0;

const reply = (message: FromSearchWorker) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'index') {
    const database = new NaviDatabase();
    index = database.programs
      .toArray()
      .then((programs) => new ProgramSearchIndex(programs))
      .finally(() => database.close());
    return;
  }
  if (!message.allIds) latest = message.id;
  try {
    if (!index) throw new Error('search requested before the catalog was indexed');
    const ready = await index;
    // While the catalog was loading the user may have typed on: answer only the newest request.
    if (!message.allIds && message.id !== latest) return;
    reply(answerSearch(ready, message.id, message.request, message.limit, message.allIds));
  } catch (error) {
    reply({ type: 'failed', message: errorMessage(error) });
  }
};
