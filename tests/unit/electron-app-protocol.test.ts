import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  resolveAppPath,
} from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const root = path.resolve('/srv/app/dist-renderer');

describe('resolveAppPath', () => {
  it('maps app://bundle paths into the renderer build', () => {
    expect(resolveAppPath(root, 'app://bundle/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://bundle/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://bundle/')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/a/../../b',
  ])('keeps %s inside the build (the URL parser collapses dot segments first)', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'app://bundle/..%2f..%2fetc%2fpasswd',
    'app://bundle/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://bundle/assets/..%5c..%5cwindows%5cwin.ini',
    'app://bundle/%00index.html',
    'app://bundle/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });
});

describe('app:// protocol handler', () => {
  const files = new Map([[path.join(root, 'index.html'), '<!doctype html><title>x</title>']]);
  const handler = createAppProtocolHandler({
    rootDir: root,
    readFile: async (file) => {
      const text = files.get(file);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
  });

  it('serves files with the CSP header and a content type', async () => {
    const response = await handler(new Request('app://bundle/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>x</title>');
  });

  it('answers 403 for traversal and 404 for missing files', async () => {
    expect((await handler(new Request('app://bundle/..%2f..%2fetc%2fpasswd'))).status).toBe(403);
    expect((await handler(new Request('app://bundle/missing.js'))).status).toBe(404);
    expect(
      (await handler(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });

  it('registers the scheme as standard and secure, which IndexedDB requires', () => {
    expect(APP_SCHEME_PRIVILEGES[0]).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
  });
});

describe('content security policy', () => {
  it('allows no remote origin and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
