/// <reference lib="webworker" />
// Runs the matching engine off the UI thread: at 100,000 programs reading the catalog and
// explaining every program takes seconds, and the page must keep drawing meanwhile.
import '../../runtime-setup';
import { NaviDatabase } from '../../db/db';
import type { FromMatchWorker, ToMatchWorker } from './match-protocol';
import { createMatchService } from './match-service';

const handle = createMatchService(new NaviDatabase(), (message: FromMatchWorker) =>
  (self as unknown as Worker).postMessage(message),
);
self.onmessage = (event: MessageEvent<ToMatchWorker>) => {
  // The service replies "failed" itself; this catches only a reply that could not be sent.
  handle(event.data).catch((error: unknown) => console.error('Matching worker failed', error));
};
