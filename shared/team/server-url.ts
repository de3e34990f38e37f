/**
 * The team server's address. TLS is required: a password and the team's notes cross the
 * network. The one exception is a server on this machine (a loopback address), where nothing
 * leaves the computer, which is how an office tries CouchDB out and how the tests run.
 */
export type ServerUrlProblem = 'invalid' | 'scheme' | 'tls-required' | 'credentials-in-url' | 'query';

export type ParsedServerUrl =
  { ok: true; origin: string; url: string } | { ok: false; problem: ServerUrlProblem };

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  return /^127(\.\d{1,3}){3}$/.test(host);
}

/** The server URL as the user typed it, normalised to end in "/" (a reverse-proxy path is kept). */
export function parseServerUrl(raw: string): ParsedServerUrl {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return { ok: false, problem: 'tls-required' };
  // The password goes in the credential store, never in a URL that may be shown or logged.
  if (url.username || url.password) return { ok: false, problem: 'credentials-in-url' };
  if (url.search || url.hash) return { ok: false, problem: 'query' };
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, origin: url.origin, url: `${url.origin}${path}` };
}

/**
 * CouchDB's rule for database names: lower-case letters, digits and _$()+-/, starting with a
 * letter. "/" is left out here so the name is always one path segment.
 */
export const TEAM_DATABASE_PATTERN = /^[a-z][a-z0-9_$()+-]{0,127}$/;
