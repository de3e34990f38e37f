import { useCallback, useState } from 'react';

/** How the program list draws its results: comfortable table rows, compact rows, or cards. */
export const LIST_VIEWS = ['table', 'compact', 'cards'] as const;
export type ListView = (typeof LIST_VIEWS)[number];

const STORAGE_KEY = 'shien-navi.list-view';

function storedView(): ListView {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if ((LIST_VIEWS as readonly string[]).includes(stored ?? '')) return stored as ListView;
  } catch {
    // Storage may be blocked; the table is the default anyway.
  }
  return 'table';
}

/** The user's choice of view: a display preference like the language, so it is remembered, not put in the URL. */
export function useListView(): [ListView, (view: ListView) => void] {
  const [view, setView] = useState<ListView>(storedView);
  const choose = useCallback((next: ListView) => {
    setView(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembering the choice is better than failing it.
    }
  }, []);
  return [view, choose];
}
