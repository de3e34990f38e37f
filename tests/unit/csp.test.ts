import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

describe('renderer/index.html', () => {
  it('carries exactly the shared Content-Security-Policy', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('loads nothing from another origin', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
