import { databaseUrl, type TeamConnection } from '../../../../shared/team/connection';
import { parseServerUrl } from '../../../../shared/team/server-url';

/** Why a team cannot be reached, each said in words by the status line. */
export type AccessProblem =
  | 'tls-required'
  | 'invalid-url'
  | 'unreachable'
  | 'bad-credentials'
  | 'not-member'
  | 'no-database'
  | 'not-couchdb'
  | 'server-error';

export function basicAuthHeader(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * Asks the server, before replicating, whether this person may use this team database:
 * first who the server takes them for (`_session`), then the database itself. CouchDB answers a
 * non-member with 403 and PouchDB Server with 401, so the session decides which it is.
 */
export async function checkTeamAccess(
  connection: TeamConnection,
  password: string,
  fetchImpl: typeof fetch = fetch,
): Promise<AccessProblem | null> {
  const server = parseServerUrl(connection.serverUrl);
  if (!server.ok) return server.problem === 'tls-required' ? 'tls-required' : 'invalid-url';
  const headers = {
    authorization: basicAuthHeader(connection.username, password),
    accept: 'application/json',
  };
  const get = async (url: string) => {
    const response = await fetchImpl(url, { headers, credentials: 'omit', cache: 'no-store' });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    return { status: response.status, body: body as Record<string, unknown> | null };
  };
  let session;
  try {
    session = await get(`${server.url}_session`);
  } catch {
    return 'unreachable';
  }
  if (session.status === 401) return 'bad-credentials';
  if (session.status >= 500) return 'server-error';
  const userCtx = session.body?.userCtx as { name?: unknown } | undefined;
  if (session.status !== 200 || !userCtx) return 'not-couchdb';
  if (userCtx.name !== connection.username) return 'bad-credentials';
  let db;
  try {
    db = await get(databaseUrl(connection));
  } catch {
    return 'unreachable';
  }
  if (db.status === 401 || db.status === 403) return 'not-member';
  if (db.status === 404) return 'no-database';
  if (db.status >= 500) return 'server-error';
  if (db.status !== 200) return 'not-couchdb';
  return null;
}
