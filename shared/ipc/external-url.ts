/** The only schemes the app hands to the operating system. */
const ALLOWED_EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:', 'tel:']);

/**
 * Parses before deciding: string prefixes are fooled by "javascript:" payloads, mixed case
 * and leading whitespace, URL parsing is not. Returns the normalised URL or null.
 */
export function parseExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED_EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'https:' && (url.username || url.password)) return null;
  return url.href;
}
