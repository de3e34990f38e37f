import type Dexie from 'dexie';
import type { NaviDatabase } from './db';

/**
 * Why this window stopped using the database:
 * - `upgraded`: another window opened a newer version of the app, which upgrades the database;
 * - `deleted`: another window, or the browser's settings, deleted the app's data;
 * - `closed`: the browser closed the connection itself, as Chromium does when a write meets a full
 *   disk ("Connection is closing because of: IO error … No space left on device").
 */
export type ConnectionLoss = 'upgraded' | 'deleted' | 'closed';

/**
 * Makes the database stop, and say so, instead of quietly opening again later.
 *
 * Dexie's defaults close the connection on these events and reopen it at the next query. After
 * another window's upgrade that reopen fails (this window's code is the older version); after a
 * deletion it silently creates an empty database; and after Chromium closed the connection over
 * a full disk, reopening while the disk is still full makes Chromium delete the whole database
 * (reproduced: every list, favourite and profile gone, without even a restart). So each of them
 * closes the database for good here and `onLost` asks the user to reload, which starts the app
 * again through its checks (startup.ts: room on the disk first).
 */
export function guardConnection(database: NaviDatabase, onLost: (why: ConnectionLoss) => void): void {
  database.on('versionchange', (event: IDBVersionChangeEvent) => {
    database.close({ disableAutoOpen: true });
    onLost(event.newVersion === null ? 'deleted' : 'upgraded');
    // Stops Dexie's own handler, which would close with auto-reopen.
    return false;
  });
  closeListeners(database).add(() => onLost('closed'));
}

const onBrowserClose = new WeakMap<Dexie, Set<() => void>>();
function closeListeners(database: Dexie) {
  let listeners = onBrowserClose.get(database);
  if (!listeners) onBrowserClose.set(database, (listeners = new Set()));
  return listeners;
}

/**
 * For every database object, the page's and the workers' alike (db.ts installs it): once the
 * browser has closed the connection, it stays closed. Dexie's own handler reopens at the next
 * query, and on a full disk that reopen is what deletes the database.
 */
export function stayClosedAfterBrowserClose(database: Dexie): void {
  database.on(
    'ready',
    () => {
      database.backendDB().onclose = () => {
        database.close({ disableAutoOpen: true });
        closeListeners(database).forEach((listener) => listener());
      };
    },
    true,
  );
}

/** This window waits for others to let go of the database (they run a version without this guard). */
export function onUpgradeBlocked(database: NaviDatabase, blocked: () => void): void {
  database.on('blocked', (event: IDBVersionChangeEvent) => {
    if (event.newVersion !== null && event.newVersion > event.oldVersion) blocked();
  });
}

let lost: ConnectionLoss | null = null;
const listeners = new Set<() => void>();

/** Records a loss for `useConnectionLoss`; the first reason wins (a close follows an upgrade, say). */
export function reportConnectionLoss(why: ConnectionLoss) {
  lost ??= why;
  listeners.forEach((listener) => listener());
}

export const connectionLoss = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: () => lost,
};
