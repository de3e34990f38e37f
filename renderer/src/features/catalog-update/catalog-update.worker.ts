/// <reference lib="webworker" />
// Checks, previews and applies catalog files off the UI thread: parsing and validating a national
// catalog takes seconds, and the page must keep drawing its progress bar meanwhile.
import '../../runtime-setup';
import { NaviDatabase } from '../../db/db';
import type { FromUpdateWorker, ToUpdateWorker } from './update-protocol';
import { createUpdateService } from './update-service';

const handle = createUpdateService(new NaviDatabase(), (message: FromUpdateWorker) =>
  (self as unknown as Worker).postMessage(message),
);
self.onmessage = (event: MessageEvent<ToUpdateWorker>) => {
  // The service replies "failed" itself; this catches only a reply that could not be sent.
  handle(event.data).catch((error: unknown) => console.error('Catalog update worker failed', error));
};
