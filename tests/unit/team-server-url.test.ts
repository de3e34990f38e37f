import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { databaseUrl, teamConnectionSchema } from '../../shared/team/connection';
import { isLoopbackHost, parseServerUrl } from '../../shared/team/server-url';

describe('team server URL', () => {
  it('requires TLS except on this machine', () => {
    expect(parseServerUrl('https://couch.example.ac.jp')).toEqual({
      ok: true,
      origin: 'https://couch.example.ac.jp',
      url: 'https://couch.example.ac.jp/',
    });
    expect(parseServerUrl('http://couch.example.ac.jp')).toEqual({ ok: false, problem: 'tls-required' });
    expect(parseServerUrl('http://192.168.1.10:5984/')).toEqual({ ok: false, problem: 'tls-required' });
    for (const local of [
      'http://127.0.0.1:5984/',
      'http://localhost:5984',
      'http://[::1]:5984/',
      'http://127.8.0.1/',
    ])
      expect(parseServerUrl(local).ok).toBe(true);
    expect(isLoopbackHost('127.0.0.1.evil.example')).toBe(false);
    expect(isLoopbackHost('localhost.evil.example')).toBe(false);
  });

  it('keeps a reverse-proxy path and refuses passwords, queries and other schemes in the URL', () => {
    expect(parseServerUrl(' https://navi.example.jp/couchdb ')).toMatchObject({
      url: 'https://navi.example.jp/couchdb/',
    });
    expect(parseServerUrl('https://aiko:pw@couch.example.jp/')).toEqual({
      ok: false,
      problem: 'credentials-in-url',
    });
    expect(parseServerUrl('https://couch.example.jp/?x=1')).toEqual({ ok: false, problem: 'query' });
    expect(parseServerUrl('ftp://couch.example.jp/')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseServerUrl('javascript:alert(1)')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseServerUrl('couch.example.jp')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('accepts CouchDB database names only, and builds the database URL under the proxy path', () => {
    const ok = {
      serverUrl: 'https://navi.example.jp/couchdb/',
      database: 'ura-office_2027',
      username: 'aiko',
    };
    expect(teamConnectionSchema.safeParse(ok).success).toBe(true);
    expect(databaseUrl(ok)).toBe('https://navi.example.jp/couchdb/ura-office_2027');
    for (const database of ['URA', '_users', '../x', 'a/b', ''])
      expect(teamConnectionSchema.safeParse({ ...ok, database }).success).toBe(false);
  });

  it('puts one origin in connect-src and refuses anything that is not an origin', () => {
    expect(contentSecurityPolicy('https://couch.example.ac.jp')).toContain(
      "connect-src 'self' https://couch.example.ac.jp;",
    );
    expect(() => contentSecurityPolicy("https://a.example; script-src 'unsafe-inline'")).toThrow();
    expect(() => contentSecurityPolicy('https://a.example https://b.example')).toThrow();
  });
});
