import { useSyncExternalStore } from 'react';
import type { UserDataFile } from '../../../../shared/user-data/user-data-file';
import type { WriteProblem } from '../../db/storage-health';

// The automatic backups' state, apart from the code that writes them: the banner and the data page
// read it on every screen, while the backup writer loads only in the desktop app.

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
export function setBackupState(change: Partial<BackupState>) {
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

/** The state now, for code outside React (the backup writer holds back while an offer waits). */
export const backupState = (): BackupState => state;

export function useBackupState(): BackupState {
  return useSyncExternalStore(store.subscribe, store.current);
}

/** The user answered the start-up offer (restored, or not now): backups go on from here. */
export function settleBackupOffer() {
  setBackupState({ offer: null });
}
