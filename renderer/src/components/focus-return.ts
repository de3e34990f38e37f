import { useCallback } from 'react';

/**
 * Where focus goes back to when a screen is left for the one that opened it (workshop mode → its
 * list's "workshop" link). A screen that unmounts takes the focused element with it, and the
 * browser then drops focus on <body>: keyboard and screen-reader users lose their place.
 */
let pending: string | null = null;

/** Called by the screen being left, just before it navigates back. */
export function returnFocusTo(opener: string) {
  pending = opener;
}

/** A ref for the opener: it takes focus when it appears, if focus was sent back to it. */
export function useReturnedFocus(opener: string) {
  return useCallback(
    (element: HTMLElement | null) => {
      if (element && pending === opener) {
        pending = null;
        element.focus();
      }
    },
    [opener],
  );
}

/** A ref that focuses its element once, when it first appears (a page's heading on arrival). */
export function focusOnArrival(element: HTMLElement | null) {
  element?.focus();
}
