import { z } from 'zod';

/** A link the app may hand to the operating system, rebuilt from its parsed parts. */
export type ExternalLink =
  | { kind: 'https'; href: string; host: string }
  | { kind: 'mailto'; href: string }
  | { kind: 'tel'; href: string };

/** The same address rule as the catalog's contacts. */
const mailAddress = z.email();
/** Digits with optional hyphens, an optional leading +: what a phone number needs, nothing a handler could run. */
const PHONE_NUMBER = /^\+?\d[\d-]*$/;

/**
 * Parses before deciding: string prefixes are fooled by "javascript:" payloads, mixed case and
 * leading whitespace, URL parsing is not. Allows https: without credentials, mailto: with one
 * address and at most a subject (no cc, bcc, body or attach headers), and tel: with digits, + and -
 * only. Returns null for anything else.
 */
export function parseExternalUrl(raw: string): ExternalLink | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    if (url.username || url.password || !url.hostname) return null;
    return { kind: 'https', href: url.href, host: url.host };
  }
  if (url.hash) return null;
  if (url.protocol === 'mailto:') return parseMailto(url);
  if (url.protocol === 'tel:') {
    if (url.search || !PHONE_NUMBER.test(url.pathname)) return null;
    return { kind: 'tel', href: `tel:${url.pathname}` };
  }
  return null;
}

function parseMailto(url: URL): ExternalLink | null {
  let address: string;
  try {
    address = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (!mailAddress.safeParse(address).success) return null;
  const headers = [...url.searchParams.keys()];
  if (headers.some((name) => name.toLowerCase() !== 'subject') || headers.length > 1) return null;
  const subject = url.searchParams.get(headers[0] ?? '');
  // A line break in the subject could smuggle a header into the mail client.
  if (subject && /\p{Cc}/u.test(subject)) return null;
  return {
    kind: 'mailto',
    href: `mailto:${address}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`,
  };
}
