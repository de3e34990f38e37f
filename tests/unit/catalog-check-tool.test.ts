import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../tools/catalog-check';

const seeds = path.resolve('..', 'shared', 'seeds');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'catalog-check-'));
  cpSync('data', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the check in this process, as `npm run catalog:check -- <args>` would, and collects what it prints. */
function check(...args: string[]) {
  const lines: string[] = [];
  const code = main(['--data', dir, ...args], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, out: lines.join('\n') };
}

const editJson = (file: string, edit: (data: Record<string, unknown>[]) => void) => {
  const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  edit(data);
  writeFileSync(path.join(dir, file), JSON.stringify(data));
};

describe('npm run catalog:check', () => {
  it('passes on the real data and prints counts per record kind, quotes skipped only when asked', () => {
    const { code, out } = check('--skip-quotes');
    expect(code).toBe(0);
    expect(out).toMatch(/programs\s+\d+/);
    expect(out).toMatch(/communities\s+6/);
    expect(out).toContain('quotes: not checked (--skip-quotes)');
  });

  it('fails when the seed documents are missing instead of skipping the quote check', () => {
    const { code, out } = check('--seeds', path.join(dir, 'no-seeds-here'));
    expect(code).toBe(1);
    expect(out).toContain(`seed documents not found at ${path.join(dir, 'no-seeds-here')}`);
    expect(out).toContain('--skip-quotes');
  });

  it('names file, record and field of every schema problem, and fails', () => {
    editJson('communities.json', (c) => {
      (c[1]!.contacts as Record<string, unknown>[])[0]!.mail = 'not a mail';
    });
    editJson('programs.json', (p) => (p[2]!.name = ''));
    const { code, out } = check('--skip-quotes');
    expect(code).toBe(1);
    expect(out).toMatch(/communities\.json: communities\/\S+ contacts\.0\.mail: /);
    expect(out).toMatch(/programs\.json: programs\/\S+ name: /);
  });

  it('checks references between records once the schema holds', () => {
    editJson('programs.json', (p) => (p[0]!.related = ['no-such-id']));
    editJson('market-domains.json', (d) => d.splice(8, 1));
    const { code, out } = check('--skip-quotes');
    expect(code).toBe(1);
    expect(out).toMatch(/programs\.json: programs\/\S+ related\.0: unknown program id "no-such-id"/);
    expect(out).toMatch(
      /communities\.json: communities\/hokkaido-prime marketDomains\.1: unknown market domain 9/,
    );
  });

  it('names the file that is not JSON', () => {
    writeFileSync(path.join(dir, 'frameworks.json'), '[{"id": "x",');
    const { code, out } = check('--skip-quotes');
    expect(code).toBe(1);
    expect(out).toContain('frameworks.json: cannot be read as JSON');
  });

  it('refuses an unknown option', () => {
    expect(check('--colour', 'blue').code).toBe(2);
  });

  it.runIf(existsSync(seeds))(
    'checks every quote against the seed documents and finds one that is not there',
    () => {
      expect(check('--seeds', seeds)).toMatchObject({
        code: 0,
        out: expect.stringMatching(/quotes checked against .+: \d+/),
      });
      editJson('programs.json', (p) => {
        (p[0]!.sources as { quote: string }[])[0]!.quote = '資料にない架空の文言';
      });
      const { code, out } = check('--seeds', seeds);
      expect(code).toBe(1);
      expect(out).toMatch(
        /programs\.json: programs\/\S+ sources\.0\.quote: not found in \S+\.txt: "資料にない架空の文言"/,
      );
    },
  );

  it(
    'runs as a command and exits with its code (the one spawned smoke test)',
    async () => {
      // A failing run: exit code 1 proves the command ran the check, where 0 could mean it ran nothing.
      const tsx = path.resolve('node_modules/.bin/tsx');
      const args = ['tests/tools/catalog-check.ts', '--data', dir, '--seeds', path.join(dir, 'none')];
      await expect(promisify(execFile)(tsx, args)).rejects.toMatchObject({
        code: 1,
        stdout: expect.stringMatching(/programs\s+\d+/),
        stderr: expect.stringContaining('seed documents not found'),
      });
    },
    // A tsx start-up transforms the tool and the catalog schema: seconds on a loaded two-core machine.
    30_000,
  );
});
