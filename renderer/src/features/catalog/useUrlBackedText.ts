import { useState } from 'react';

/**
 * Text a field owns while the user types, mirrored into the URL. URL updates land a moment
 * after each keystroke, so the field must not be re-read from the URL on every render (fast
 * typing would lose characters). It remembers the values it wrote that the URL has not shown
 * yet: a URL value among them is the URL catching up; any other value is a real navigation
 * (back, forward, a link, a bookmark) and replaces the text.
 */
export function useUrlBackedText(
  fromUrl: string,
  writeToUrl: (value: string) => void,
): [string, (value: string) => void] {
  const [state, setState] = useState({ text: fromUrl, pending: [] as string[] });
  const caughtUp = state.pending.indexOf(fromUrl);
  let text = state.text;
  if (caughtUp >= 0) {
    setState({ text: state.text, pending: state.pending.slice(caughtUp + 1) });
  } else if (state.pending.length === 0 && fromUrl !== state.text) {
    text = fromUrl;
    setState({ text: fromUrl, pending: [] });
  }
  const change = (value: string) => {
    setState({ text: value, pending: [...state.pending, value] });
    writeToUrl(value);
  };
  return [text, change];
}
