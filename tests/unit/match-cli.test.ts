import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { summariseMatch } from '../../shared/matching/summarise';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
const cli = (...args: string[]) =>
  run(tsx, ['electron/cli/match.ts', ...args]).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error('invalid catalog');

describe('npm run match', () => {
  it('prints the same result as the engine with --json', async () => {
    const { code, stdout } = await cli(
      '--org',
      'university',
      '--pref',
      '北海道',
      '--theme',
      'd3',
      '--need',
      'research',
      '--open-only',
      '--json',
    );
    expect(code).toBe(0);
    const expected = summariseMatch(result.catalog, {
      org: 'university',
      prefecture: '北海道',
      themes: ['d3'],
      needs: ['research'],
      stage: null,
      openOnly: true,
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.communities[0]?.id).toBe('hokkaido-prime');
  }, 30_000);

  it('prints the three groups with ids, names and reasons as text', async () => {
    const { code, stdout } = await cli('--org', 'municipality');
    expect(code).toBe(0);
    expect(stdout).toMatch(/■ 対象 \(4\)/);
    expect(stdout).toContain('regional-university-industry-grant  地方大学・地域産業創生交付金');
    expect(stdout).toContain('✓ 申請主体（該当）: 資料に「③自治体」と明記');
    expect(stdout).toMatch(/■ 要確認 \(\d+\)/);
    expect(stdout).toMatch(/■ 対象外 \(\d+\)/);
    expect(stdout).toContain('kagayaku-inochi-declaration  輝くいのちのものづくり推進宣言');
  }, 30_000);

  it('lists the accepted values with --help', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('municipality (自治体)');
    expect(stdout).toContain('d9 (市場領域9)');
    expect(stdout).toContain('facilities (施設・設備整備)');
  }, 30_000);

  it.each([
    [['--org', 'alien'], /unknown --org "alien"\. Accepted values: university \(大学・高専・研究機関\)/],
    [
      ['--org', 'university', '--pref', 'Atlantis'],
      /unknown --pref "Atlantis"\. Accepted values: 北海道, 青森県/,
    ],
    [['--org', 'university', '--theme', 'd10'], /unknown --theme "d10"\. Accepted values: d1/],
    [['--org', 'university', '--need', 'money'], /unknown --need "money"\. Accepted values: research/],
    [['--pref', '北海道'], /--org is required/],
    [['--org', 'university', '--colour', 'blue'], /Unknown option '--colour'/],
  ])(
    'rejects %j and lists what it accepts',
    async (args, message) => {
      const { code, stderr } = await cli(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    },
    30_000,
  );
});
