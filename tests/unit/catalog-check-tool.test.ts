import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
const tool = path.resolve('tests/tools/catalog-check.ts');
const seeds = path.resolve('..', 'shared', 'seeds');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'catalog-check-'));
  cpSync('data', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function check(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(tsx, [tool], {
      env: { ...process.env, CATALOG_DATA_DIR: dir, ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const editJson = (file: string, edit: (data: Record<string, unknown>[]) => void) => {
  const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  edit(data);
  writeFileSync(path.join(dir, file), JSON.stringify(data));
};

describe('npm run catalog:check', () => {
  it('passes on the real data and prints counts per record kind', async () => {
    const { code, out } = await check({ SEEDS_DIR: path.join(dir, 'no-seeds-here') });
    expect(code).toBe(0);
    expect(out).toMatch(/programs\s+\d+/);
    expect(out).toMatch(/communities\s+6/);
    expect(out).toContain('quotes: SKIPPED, seed documents not found');
  }, 30_000);

  it('names file, record and field of every schema problem, and fails', async () => {
    editJson('communities.json', (c) => {
      (c[1]!.contacts as Record<string, unknown>[])[0]!.mail = 'not a mail';
    });
    editJson('programs.json', (p) => (p[2]!.name = ''));
    const { code, out } = await check({ SEEDS_DIR: path.join(dir, 'none') });
    expect(code).toBe(1);
    expect(out).toMatch(/communities\.json: communities\/\S+ contacts\.0\.mail: /);
    expect(out).toMatch(/programs\.json: programs\/\S+ name: /);
  }, 30_000);

  it('checks references between records once the schema holds', async () => {
    editJson('programs.json', (p) => (p[0]!.related = ['no-such-id']));
    editJson('market-domains.json', (d) => d.splice(8, 1));
    const { code, out } = await check({ SEEDS_DIR: path.join(dir, 'none') });
    expect(code).toBe(1);
    expect(out).toMatch(/programs\.json: programs\/\S+ related\.0: unknown program id "no-such-id"/);
    expect(out).toMatch(
      /communities\.json: communities\/hokkaido-prime marketDomains\.1: unknown market domain 9/,
    );
  }, 30_000);

  it('names the file that is not JSON', async () => {
    writeFileSync(path.join(dir, 'frameworks.json'), '[{"id": "x",');
    const { code, out } = await check({});
    expect(code).toBe(1);
    expect(out).toContain('frameworks.json: cannot be read as JSON');
  }, 30_000);

  it.runIf(existsSync(seeds))(
    'finds a quote that is not in its seed document',
    async () => {
      editJson('programs.json', (p) => {
        (p[0]!.sources as { quote: string }[])[0]!.quote = '資料にない架空の文言';
      });
      const { code, out } = await check({ SEEDS_DIR: seeds });
      expect(code).toBe(1);
      expect(out).toMatch(
        /programs\.json: programs\/\S+ sources\.0\.quote: not found in \S+\.txt: "資料にない架空の文言"/,
      );
    },
    30_000,
  );
});
