export type StorageProblem = 'unavailable' | 'quota' | 'other';
/** Why a write from the UI failed: storage trouble, or the record it was for no longer exists. */
export type WriteProblem = StorageProblem | 'missing' | 'team-newer' | 'team-closed';

/** Thrown by a repository when the record a write is for is gone (deleted in another window, say). */
export class MissingRecordError extends Error {
  override name = 'MissingRecordError';
}

const UNAVAILABLE = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'DatabaseClosedError']);

/**
 * Every error name in an error and in what it wraps: Dexie keeps the cause in `inner`, a BulkError
 * the failed rows' errors in `failures`, and a quota error often arrives as an AbortError around it.
 */
function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 3) return [];
  const { name, inner, cause, failures } = error as {
    name?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  const nested = [inner, cause, ...(Array.isArray(failures) ? failures.slice(0, 5) : [])];
  return [...(typeof name === 'string' ? [name] : []), ...nested.flatMap((e) => errorNames(e, depth + 1))];
}

/** Turns an IndexedDB / Dexie failure into something the UI can explain. */
export function classifyStorageError(error: unknown): StorageProblem {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'quota';
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
