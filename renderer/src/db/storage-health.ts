export type StorageProblem = 'unavailable' | 'quota' | 'other';

/** Turns an IndexedDB / Dexie failure into something the UI can explain. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'quota';
  if (
    name === 'MissingAPIError' ||
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    inner === 'InvalidStateError' ||
    inner === 'SecurityError'
  ) {
    return 'unavailable';
  }
  return 'other';
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
