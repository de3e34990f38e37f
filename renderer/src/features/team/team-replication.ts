import type { PouchStatic, PouchDatabase } from './pouch-types';
/** What replication is doing, from PouchDB's sync events. */
export type ReplicationEvent =
  | { type: 'active' }
  | { type: 'idle' }
  | { type: 'offline' }
  | { type: 'denied'; id: string }
  | { type: 'refused'; status: number };

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
): { cancel: () => void } {
  const options = { live: true, retry: true, back_off_function: backOff, batch_size: 200 };
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
  return { cancel: () => handle.cancel() };
}
