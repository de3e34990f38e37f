import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** How long a restored position keeps waiting for a page whose rows arrive from IndexedDB. */
const RESTORE_FOR_MS = 2_000;
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

/**
 * Back and forward return to where the reader was on that page; following a link to another page
 * starts at its top; changing only the query (typing a search, ticking a filter) moves nothing.
 * Pages draw their rows after a live query answers, so a restored position is re-applied as the
 * page grows, until it is reached, the user scrolls, or two seconds pass.
 */
export function useScrollMemory() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef(new Map<string, number>());
  const current = useRef({ key: location.key, pathname: location.pathname });

  // Positions are noted as the reader scrolls: by the time a navigation has rendered, the page
  // being left is gone and the browser has already clamped the scroll to the new page's height.
  // Scroll events arrive a frame later, so that clamp is noted under the new page, not the old.
  useEffect(() => {
    const note = () => positions.current.set(current.current.key, window.scrollY);
    window.addEventListener('scroll', note, { passive: true });
    return () => window.removeEventListener('scroll', note);
  }, []);

  useLayoutEffect(() => {
    const before = current.current;
    if (before.key === location.key) return;
    current.current = { key: location.key, pathname: location.pathname };
    if (navigationType !== 'POP' && before.pathname !== location.pathname) window.scrollTo(0, 0);
  }, [location.key, location.pathname, navigationType]);

  useEffect(() => {
    if (navigationType !== 'POP') return;
    const target = positions.current.get(location.key);
    if (target === undefined) return;
    let done = false;
    const stop = () => {
      done = true;
    };
    const started = performance.now();
    const step = () => {
      if (done) return;
      window.scrollTo(0, target);
      if (Math.abs(window.scrollY - target) < 2 || performance.now() - started > RESTORE_FOR_MS) return;
      requestAnimationFrame(step);
    };
    for (const type of USER_SCROLL_EVENTS) window.addEventListener(type, stop, { once: true, passive: true });
    step();
    return () => {
      stop();
      for (const type of USER_SCROLL_EVENTS) window.removeEventListener(type, stop);
    };
  }, [location.key, navigationType]);
}
