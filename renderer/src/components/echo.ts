/** At most this many characters of an id or name echoed back from a link. */
const ECHO_LIMIT = 60;

/**
 * An id or name taken from a hand-edited link, cut for echoing on a page ("ID「…」 is not in the
 * catalog"): a 500-character id would otherwise fill the screen. Always rendered as text.
 */
export function echoed(text: string): string {
  const chars = Array.from(text);
  return chars.length > ECHO_LIMIT ? `${chars.slice(0, ECHO_LIMIT).join('')}…` : text;
}
