import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import type { Section } from './match-protocol';

/** What a result page had drawn, and whose card's name was followed from it. */
export interface ResultMemory {
  /** Cards drawn per section. */
  shown: Partial<Record<Section, number>>;
  /** The program whose page was opened from its card. */
  opened: string | null;
}

/** Per history entry, for this run of the app: only Back and Forward come back to an entry. */
const memories = new Map<string, ResultMemory>();

function note(key: string, change: Partial<ResultMemory>) {
  const before = memories.get(key) ?? { shown: {}, opened: null };
  memories.set(key, { ...before, ...change, shown: { ...before.shown, ...change.shown } });
}

/**
 * Back to a result returns to what the reader had: the pages of cards they asked for and the
 * focus on the card they opened (drawn afresh, the result had its first page only and the focus
 * on its heading, thousands of pixels above). Arriving any other way starts the result afresh.
 */
export function useResultMemory(page: RefObject<HTMLElement | null>) {
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const remembered = useMemo(
    () => (navigationType === 'POP' ? (memories.get(key) ?? null) : null),
    // Read once per entry: what this visit notes is for the next return, not for this one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  // A card's name is a link: the card it belongs to is the one to return to.
  useEffect(() => {
    const element = page.current;
    if (!element) return;
    const noteOpened = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const card = target?.closest('a') ? target.closest<HTMLElement>('[data-program-id]') : null;
      if (card?.dataset.programId) note(key, { opened: card.dataset.programId });
    };
    element.addEventListener('click', noteOpened);
    return () => element.removeEventListener('click', noteOpened);
  });

  const noteShown = useCallback(
    (section: Section, count: number) => note(key, { shown: { [section]: count } }),
    [key],
  );
  return { remembered, noteShown };
}
