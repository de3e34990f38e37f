import type { PouchStatic, PouchDatabase } from './pouch-types';
/** What replication is doing, from PouchDB's sync events. */
export type ReplicationEvent =
  | { type: 'active' }
  | { type: 'idle' }
  | { type: 'offline' }
  | { type: 'denied'; id: string }
  | { type: 'refused'; status: number };

/**
 * The team database on the server, always through the http adapter (a URL given to a
 * `defaults({ adapter })` constructor would silently become a local database).
 *
 * pouchdb-replication 9 calls `src.info()` after each batch for its active-tasks figures and
 * never handles a rejection, so a server that goes away mid-batch leaves an unhandled rejection
 * (an uncaught error in the page). Replication reports the failure itself through its retry, so
 * a failed `info()` on the remote answers with empty figures instead.
 */
export function openRemote(PouchDB: PouchStatic, url: string, username: string, password: string) {
  const remote = new PouchDB(url, { adapter: 'http', skip_setup: true, auth: { username, password } });
  const info = remote.info.bind(remote);
  remote.info = () => info().catch(() => ({ doc_count: 0, update_seq: 0 }));
  return remote;
}

/** Doubles the wait after each failed attempt, from one second up to `max`. */
export function backOffUpTo(max: number, first = 1000) {
  return (previous: number) => Math.min(max, previous ? previous * 2 : first);
}

/**
 * Continuous two-way replication between the local replica and the team database, retried with
 * back-off while the server cannot be reached. Checkpoints are PouchDB's: after a broken
 * connection it resumes from the last batch both sides recorded, neither losing nor repeating.
 */
export function startReplication(
  PouchDB: PouchStatic,
  local: PouchDatabase,
  remote: PouchDatabase,
  onEvent: (event: ReplicationEvent) => void,
  backOff: (previous: number) => number,
  direction: 'both' | 'pull' = 'both',
): { cancel: () => Promise<void> } {
  // PouchDB calls the back-off function after each failed attempt, including a broken live
  // feed while idle, when it emits no event: that call is the one reliable "offline" signal.
  const back_off_function = (previous: number) => {
    onEvent({ type: 'offline' });
    return backOff(previous);
  };
  const options = { live: true, retry: true, back_off_function, batch_size: 500 };
  const handle =
    direction === 'both' ? PouchDB.sync(local, remote, options) : PouchDB.replicate(remote, local, options);
  handle
    .on('active', () => onEvent({ type: 'active' }))
    .on('paused', (error?: unknown) => onEvent(error ? { type: 'offline' } : { type: 'idle' }))
    .on('denied', (error: unknown) =>
      onEvent({ type: 'denied', id: String((error as { id?: string }).id ?? '') }),
    )
    .on('error', (error: unknown) =>
      onEvent({ type: 'refused', status: Number((error as { status?: number }).status ?? 0) }),
    );
  // The handle is also a promise that rejects when replication is refused; the 'error' event
  // above reports that, so the rejection itself is expected and handled here.
  const settled = handle.then(
    () => {},
    () => {},
  );
  return {
    /** Stops replicating; resolves once PouchDB has stopped reading the local replica. */
    cancel: () => {
      handle.cancel();
      return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, 3000))]);
    },
  };
}
