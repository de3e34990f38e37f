import Dexie from 'dexie';
import { checkUserData, lastChange, rowCount } from '../../../../shared/user-data/user-data-file';
import { USER_DATA_TABLE_NAMES } from '../../../../shared/user-data/user-data-tables';
import { db } from '../../db/db';
import { classifyWriteError } from '../../db/storage-health';
import { readUserData } from '../../db/user-data-repository';
import type { BackupHost } from '../../platform/platform';
import { userDataFileNow } from './user-data-files';
import { backupState, setBackupState, type BackupOffer } from './backup-state';

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
  setBackupState({ folder, offer });
  const userTables = USER_DATA_TABLE_NAMES.map((table) => `idb://${db.name}/${table}/`);
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((part) => part === 'all' || userTables.some((t) => part.startsWith(t))))
      return;
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      if (backupState().offer) return;
      saveBackup(host).catch((error: unknown) => console.warn('An automatic backup failed', error));
    }, delayMs);
  });
}

async function saveBackup(host: BackupHost) {
  try {
    const savedAt = await host.save(JSON.stringify(await userDataFileNow()));
    setBackupState({ savedAt, failed: null });
  } catch (error) {
    setBackupState({ failed: classifyWriteError(error) });
    throw error;
  }
}
