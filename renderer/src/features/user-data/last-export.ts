import { useSyncExternalStore } from 'react';

// When the data was last exported, apart from the export itself: the reminder on every screen reads
// it, the export's code loads when the user exports.

const LAST_EXPORT_KEY = 'shien-navi.lastUserDataExport';

/** When the user last wrote all their data to a file (this browser), or null. */
export function lastExport(): string | null {
  try {
    return localStorage.getItem(LAST_EXPORT_KEY);
  } catch {
    return null;
  }
}

const exportListeners = new Set<() => void>();
/** lastExport(), kept current on every screen that shows it (the page and the reminder). */
export function useLastExport(): string | null {
  return useSyncExternalStore((listener) => {
    exportListeners.add(listener);
    return () => exportListeners.delete(listener);
  }, lastExport);
}

export function markExported(at: string) {
  try {
    localStorage.setItem(LAST_EXPORT_KEY, at);
  } catch {
    // Only the reminder depends on it.
  }
  exportListeners.forEach((listener) => listener());
}
