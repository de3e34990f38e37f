import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../shared/security/csp';

/** The renderer's origin is app://bundle. It decides where IndexedDB data lives: never change it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs of the app's own origin. Compares protocol and host: Node's URL (which the
 * main process uses) reports origin "null" for custom schemes, so an origin check never matches.
 */
export function isAppUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/** Registered before app.ready: IndexedDB and fetch only work on a standard, secure scheme. */
export const APP_SCHEME_PRIVILEGES: Parameters<Protocol['registerSchemesAsPrivileged']>[0] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
  },
];

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Maps an app:// URL to a file inside rootDir, or null when it would leave rootDir or names
 * another host. Decodes first, so "%2e%2e/" and "..%2f" are caught like "../".
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const segments = pathname.split(/[\\/]/);
  if (pathname.includes('\0') || segments.includes('..')) return null;
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments.filter(Boolean));
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative === '' ? path.join(root, 'index.html') : resolved;
}

export interface AppProtocolDeps {
  rootDir: string;
  readFile: (file: string) => Promise<Uint8Array<ArrayBuffer>>;
  /** The connected team server's origin (issue 18), allowed in connect-src; null when none. */
  teamOrigin?: () => string | null;
  /** Told which team origin a page was loaded with: a different one needs a reload. */
  onPageServed?: (teamOrigin: string | null) => void;
}

/** The app:// handler: files from the renderer build only, always with the CSP header. */
export function createAppProtocolHandler({
  rootDir,
  readFile,
  teamOrigin = () => null,
  onPageServed = () => {},
}: AppProtocolDeps) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
    const file = resolveAppPath(rootDir, request.url);
    if (!file) return new Response('Forbidden', { status: 403 });
    try {
      const origin = teamOrigin();
      const policy = contentSecurityPolicy(origin);
      let body = await readFile(file);
      if (path.basename(file) === 'index.html') {
        // Both the header and index.html's meta policy apply, so the meta tag gets the same
        // policy: with a team connected, its origin is in both, and nothing else.
        const html = new TextDecoder().decode(body).replace(CONTENT_SECURITY_POLICY, policy);
        body = new TextEncoder().encode(html);
        onPageServed(origin);
      }
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': policy,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
