import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import type { Section } from './match-protocol';

/** The kinds of card a result shows, by the data attribute that names each card's record. */
const CARD_KINDS = ['program', 'framework', 'community'] as const;
type CardKind = (typeof CARD_KINDS)[number];

/** What a result page had drawn and opened, and whose card's name was followed from it. */
export interface ResultMemory {
  /** The answers it was for: an entry reached by a hand-edited address has the same key. */
  search: string;
  /** Cards drawn per section. */
  shown: Partial<Record<Section, number>>;
  /** The folds (対象外, 終了, the programs only mentioned) that were open. */
  folds: string[];
  /** The record whose page was opened from its card. */
  opened: { kind: CardKind; id: string } | null;
}

/** Per history entry, for this run of the app: only Back and Forward come back to an entry. */
const memories = new Map<string, ResultMemory>();

function note(key: string, search: string, change: (before: ResultMemory) => Partial<ResultMemory>) {
  const kept = memories.get(key);
  const before = kept?.search === search ? kept : { search, shown: {}, folds: [], opened: null };
  memories.set(key, { ...before, ...change(before) });
}

/**
 * Back to a result returns to what the reader had: the pages of cards they asked for, the folds
 * they opened and the focus on the card they followed (drawn afresh, the result had its first
 * page only, every fold closed, and the focus on its heading, thousands of pixels above).
 * Arriving any other way starts the result afresh.
 */
export function useResultMemory(page: RefObject<HTMLElement | null>) {
  const { key, search } = useLocation();
  const navigationType = useNavigationType();
  const remembered = useMemo(() => {
    const kept = memories.get(key);
    return navigationType === 'POP' && kept?.search === search ? kept : null;
    // Read once per entry: what this visit notes is for the next return, not for this one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, search]);

  // The card to give the focus back to, until it has it or the reader does anything first (a
  // fold opened by hand later must not pull the focus to a card they have moved on from).
  const returning = useRef(remembered?.opened ?? null);
  useEffect(() => {
    returning.current = remembered?.opened ?? null;
    const stop = () => (returning.current = null);
    const events = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;
    for (const type of events) window.addEventListener(type, stop, { once: true, passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, stop);
    };
  }, [remembered]);
  /** The card to focus now if it is drawn (once only). */
  const returnFocus = useCallback((kind: CardKind, drawn: (id: string) => HTMLElement | null) => {
    const target = returning.current;
    if (target?.kind !== kind) return;
    const link = drawn(target.id);
    if (!link) return;
    link.focus();
    returning.current = null;
  }, []);

  // A card's name is a link: the card it belongs to is the one to return to.
  useEffect(() => {
    const element = page.current;
    if (!element) return;
    const noteOpened = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('a')) return;
      for (const kind of CARD_KINDS) {
        const id = target.closest<HTMLElement>(`[data-${kind}-id]`)?.getAttribute(`data-${kind}-id`);
        if (id) return note(key, search, () => ({ opened: { kind, id } }));
      }
    };
    element.addEventListener('click', noteOpened);
    return () => element.removeEventListener('click', noteOpened);
  });

  const noteShown = useCallback(
    (section: Section, count: number) =>
      note(key, search, (before) => ({ shown: { ...before.shown, [section]: count } })),
    [key, search],
  );
  const noteFold = useCallback(
    (name: string, open: boolean) =>
      note(key, search, (before) => ({
        folds: open ? [...new Set([...before.folds, name])] : before.folds.filter((f) => f !== name),
      })),
    [key, search],
  );
  return { remembered, noteShown, noteFold, returnFocus };
}

/** The result page's memory, for its folds and lists deep in the page. */
export const ResultMemoryContext = createContext<{
  remembered: ResultMemory | null;
  noteFold: (name: string, open: boolean) => void;
  returnFocus: (kind: CardKind, drawn: (id: string) => HTMLElement | null) => void;
}>({ remembered: null, noteFold: () => undefined, returnFocus: () => undefined });

export const useRememberedResult = () => useContext(ResultMemoryContext);
