export type StorageProblem = 'unavailable' | 'quota' | 'other';
/** Why a write from the UI failed: storage trouble, or the record it was for no longer exists. */
export type WriteProblem = StorageProblem | 'missing' | 'team-newer' | 'team-closed';

/** Thrown by a repository when the record a write is for is gone (deleted in another window, say). */
export class MissingRecordError extends Error {
  override name = 'MissingRecordError';
}

const UNAVAILABLE = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'DatabaseClosedError']);

/**
 * Every error in an error and in what it wraps: Dexie keeps the cause in `inner`, a BulkError
 * the failed rows' errors in `failures`, and a quota error often arrives as an AbortError around it
 * (abort-cause.ts puts the transaction's reason on each failure as `cause`).
 */
function nestedErrors(error: unknown, depth = 0): { name: string; message: string }[] {
  if (typeof error !== 'object' || error === null || depth > 3) return [];
  const { name, message, inner, cause, failures } = error as {
    name?: unknown;
    message?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  const nested = [inner, cause, ...(Array.isArray(failures) ? failures.slice(0, 5) : [])];
  const own = typeof name === 'string' ? [{ name, message: typeof message === 'string' ? message : '' }] : [];
  return [...own, ...nested.flatMap((e) => nestedErrors(e, depth + 1))];
}
const errorNames = (error: unknown) => nestedErrors(error).map((e) => e.name);

/**
 * A disk that filled during a write: Chromium says so only in an UnknownError's text ("Connection
 * is closing because of: IO error: …/000003.log: FILE_ERROR_NO_SPACE"); the others are the
 * operating systems' own words, for engines that pass them on.
 */
const DISK_FULL = /FILE_ERROR_NO_SPACE|no space left|not enough space|disk (is )?full|ENOSPC/i;

/** Turns an IndexedDB / Dexie failure into something the UI can explain. */
export function classifyStorageError(error: unknown): StorageProblem {
  const errors = nestedErrors(error);
  const names = errors.map((e) => e.name);
  // NotEnoughRoomError: a large write refused before it started (storage-space.ts).
  if (names.includes('QuotaExceededError') || names.includes('NotEnoughRoomError')) return 'quota';
  if (errors.some((e) => e.name === 'UnknownError' && DISK_FULL.test(e.message))) return 'quota';
  if (names.some((name) => UNAVAILABLE.has(name))) return 'unavailable';
  return 'other';
}

export function classifyWriteError(error: unknown): WriteProblem {
  const names = errorNames(error);
  if (names.includes('MissingRecordError')) return 'missing';
  // A shared list (issue 18) this copy may not write now: see SharedListUnavailableError.
  if (names.includes('SharedListNewerData')) return 'team-newer';
  if (names.includes('SharedListClosed')) return 'team-closed';
  return classifyStorageError(error);
}

/**
 * Asks the browser not to evict our data under storage pressure. The answer is advisory:
 * a refusal is shown as a hint, never as an error.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
