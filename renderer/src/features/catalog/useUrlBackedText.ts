import { useEffect, useRef, useState } from 'react';

/**
 * Text a field owns while the user types, mirrored into the URL. URL updates land a moment
 * after each keystroke, so the field must not be re-read from the URL on every render (fast
 * typing would lose characters). It remembers the values it wrote that the URL has not shown
 * yet: a URL value among them is the URL catching up; any other new URL value is a real
 * navigation (back, forward, a link, a bookmark) and replaces the text.
 *
 * With `delayMs`, the URL is written only once typing pauses that long: every URL change
 * re-renders the routes, which is work a keystroke should not wait for when the page searches
 * from the text itself. A navigation meanwhile cancels the waiting write; leaving the field
 * (the third value returned, for onBlur) writes it at once, so a link clicked right after
 * typing leaves the query in the history entry to come back to.
 */
export function useUrlBackedText(
  fromUrl: string,
  writeToUrl: (value: string) => void,
  delayMs = 0,
): [string, (value: string) => void, () => void] {
  const [state, setState] = useState({
    text: fromUrl,
    url: fromUrl,
    pending: [] as string[],
    navigations: 0,
  });
  const waiting = useRef<ReturnType<typeof setTimeout> | null>(null);
  const write = useRef(writeToUrl);
  useEffect(() => {
    write.current = writeToUrl;
  });
  let text = state.text;
  if (fromUrl !== state.url) {
    const caughtUp = state.pending.indexOf(fromUrl);
    if (caughtUp >= 0) setState({ ...state, url: fromUrl, pending: state.pending.slice(caughtUp + 1) });
    else {
      text = fromUrl;
      setState({ text: fromUrl, url: fromUrl, pending: [], navigations: state.navigations + 1 });
    }
  }
  // A navigation: what was typed before it is not to be written over it.
  useEffect(() => {
    if (state.navigations > 0 && waiting.current) {
      clearTimeout(waiting.current);
      waiting.current = null;
    }
  }, [state.navigations]);
  useEffect(
    () => () => {
      if (waiting.current) clearTimeout(waiting.current);
    },
    [],
  );

  const flush = (value: string) => {
    setState((current) => ({ ...current, pending: [...current.pending, value] }));
    write.current(value);
  };
  const typed = useRef(text);
  const change = (value: string) => {
    typed.current = value;
    setState((current) => ({ ...current, text: value }));
    if (waiting.current) clearTimeout(waiting.current);
    waiting.current = null;
    if (delayMs === 0) flush(value);
    else
      waiting.current = setTimeout(() => {
        waiting.current = null;
        flush(value);
      }, delayMs);
  };
  const flushNow = () => {
    if (!waiting.current) return;
    clearTimeout(waiting.current);
    waiting.current = null;
    flush(typed.current);
  };
  return [text, change, flushNow];
}
