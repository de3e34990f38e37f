import Dexie from 'dexie';
import { useSyncExternalStore } from 'react';
import {
  checkUserData,
  lastChange,
  rowCount,
  type UserDataFile,
} from '../../../../shared/user-data/user-data-file';
import { USER_DATA_TABLE_NAMES } from '../../../../shared/user-data/user-data-tables';
import { db } from '../../db/db';
import { classifyWriteError, type WriteProblem } from '../../db/storage-health';
import { readUserData } from '../../db/user-data-repository';
import type { BackupHost } from '../../platform/platform';
import { userDataFileNow } from './user-data-files';

/**
 * At start, the newest automatic backup is worth offering when the database is empty but the
 * backup is not (the browser lost or deleted the database), or when the backup holds later
 * changes than the database (the database went back in time).
 */
export interface BackupOffer {
  reason: 'empty' | 'older';
  savedAt: string;
  file: UserDataFile;
  /** The backup's size, for the room a restore needs. */
  bytes: number;
}

export interface BackupState {
  /** When the last automatic backup was written in this session. */
  savedAt: string | null;
  /** Why the last one failed, if it did (a full disk, most likely). */
  failed: WriteProblem | null;
  /** Offered at start and not yet answered: backups wait, so the older data never overwrites it. */
  offer: BackupOffer | null;
  folder: string | null;
}

let state: BackupState = { savedAt: null, failed: null, offer: null, folder: null };
const listeners = new Set<() => void>();
function setState(change: Partial<BackupState>) {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener());
}
const store = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: () => state,
};

export function useBackupState(): BackupState {
  return useSyncExternalStore(store.subscribe, store.current);
}

/** The newest backup compared with the database, for the start-up offer. */
export async function compareWithNewest(
  host: BackupHost,
): Promise<{ folder: string; offer: BackupOffer | null }> {
  const { folder, backup } = await host.newest();
  if (!backup) return { folder, offer: null };
  const checked = checkUserData('backup', JSON.parse(backup.data));
  if (!checked.ok) return { folder, offer: null };
  const here = await readUserData();
  const file = checked.file;
  const reason =
    rowCount(here) === 0 && rowCount(file.tables) > 0
      ? 'empty'
      : (lastChange(file.tables) ?? '') > (lastChange(here) ?? '')
        ? 'older'
        : null;
  return {
    folder,
    offer: reason && { reason, savedAt: backup.savedAt, file, bytes: new Blob([backup.data]).size },
  };
}

let pending: ReturnType<typeof setTimeout> | null = null;
let started = false;

/**
 * In Electron: looks at the newest backup once (the offer), then writes a backup a moment after
 * each change to user data, in this window or another. Changes close together make one backup.
 */
export async function startAutomaticBackups(host: BackupHost, delayMs = 2_000): Promise<void> {
  if (started) return;
  started = true;
  const { folder, offer } = await compareWithNewest(host);
  setState({ folder, offer });
  const userTables = USER_DATA_TABLE_NAMES.map((table) => `idb://${db.name}/${table}/`);
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((part) => part === 'all' || userTables.some((t) => part.startsWith(t))))
      return;
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      if (state.offer) return;
      saveBackup(host).catch((error: unknown) => console.warn('An automatic backup failed', error));
    }, delayMs);
  });
}

async function saveBackup(host: BackupHost) {
  try {
    const savedAt = await host.save(JSON.stringify(await userDataFileNow()));
    setState({ savedAt, failed: null });
  } catch (error) {
    setState({ failed: classifyWriteError(error) });
    throw error;
  }
}

/** The user answered the start-up offer (restored, or not now): backups go on from here. */
export function settleBackupOffer() {
  setState({ offer: null });
}
