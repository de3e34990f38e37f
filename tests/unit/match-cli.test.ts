import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { main } from '../../electron/cli/match';
import { validateCatalog } from '../../shared/catalog/validate';
import { summariseMatch } from '../../shared/matching/summarise';
import { APPLICANT_TYPE_INFO } from '../../shared/vocabulary/applicant-types';

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error('invalid catalog');
const TODAY = '2026-12-01';

/** The command in process: its exit code and what it printed. */
function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) });
  return { code, stdout, stderr };
}

describe('npm run match', () => {
  it('prints the same result as the engine with --json', () => {
    const { code, stdout } = cli(
      '--org',
      'university',
      '--pref',
      '北海道',
      '--theme',
      'd3',
      '--need',
      'research',
      '--open-only',
      '--today',
      TODAY,
      '--json',
    );
    expect(code).toBe(0);
    const expected = summariseMatch(
      result.catalog,
      {
        members: [{ org: 'university', prefecture: '北海道' }],
        themes: ['d3'],
        needs: ['research'],
        stage: null,
        openOnly: true,
      },
      { locale: 'ja', today: TODAY },
    );
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.communities[0]?.id).toBe('hokkaido-prime');
    expect(expected.hidden.length).toBeGreaterThan(0);
  });

  it('takes a team, the first member leading, and lists per program which members qualify', () => {
    const { code, stdout } = cli(
      '--team',
      'university:大阪府',
      '--team',
      'company:大阪府',
      '--team',
      'municipality:大阪府',
      '--today',
      TODAY,
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.profile).toMatchObject({
      team: true,
      members: [
        { org: 'university', prefecture: '大阪府', lead: true },
        { org: 'company', prefecture: '大阪府', lead: false },
        { org: 'municipality', prefecture: '大阪府', lead: false },
      ],
    });
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['eligible', 'check', 'notEligible', 'ended', 'hidden']),
    );
    const biomass = json.eligible.find((p: { id: string }) => p.id === 'biomass-local-production');
    expect(biomass.members.map((m: { canApply: string }) => m.canApply)).toEqual(['no', 'yes', 'yes']);
    expect(json.ended.map((p: { id: string }) => p.id)).toContain('artificial-gene-synthesis');
    expect(json.communities[0].id).toBe('global-bio-community');
  });

  it('prints the groups, the ended group and members as text, in Japanese or English', () => {
    const ja = cli('--team', 'university:新潟県', '--team', 'sme:新潟県', '--today', TODAY);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toMatch(/^チーム: 大学等研究機関（新潟県） \[代表\] \+ 中小企業（新潟県）/);
    expect(ja.stdout).toMatch(/■ 対象 \(\d+\)/);
    expect(ja.stdout).toMatch(/■ 終了した制度（参考） \(10\)/);
    expect(ja.stdout).toContain(
      'artificial-gene-synthesis  革新的バイオマテリアル実現のための人工遺伝子合成技術開発  [事業期間は平成28年度まで]',
    );
    expect(ja.stdout).toContain('    メンバー: ✓ 大学等研究機関 [代表]  × 中小企業');
    const en = cli(
      '--org',
      'npo',
      '--pref',
      '京都府',
      '--need',
      'research',
      '--lang',
      'en',
      '--today',
      TODAY,
    );
    expect(en.stdout).toMatch(/^Profile: Non-profit organisations \(NPO corporations\) \(Kyoto\)/);
    expect(en.stdout).toContain(
      "Call status is as of the documents' year (FY2022): check with the ministry whether and until when a program calls now.",
    );
    expect(en.stdout).toContain(
      '• Status (for reference): New calls: yes in the FY2022 document; check with the ministry whether and until when it calls now',
    );
    expect(en.stdout).toContain('− Support (not what you asked for)');
    expect(en.stdout).toContain(
      '? Applicant (to be confirmed): The source names “Private businesses and organisations” as applicants; it does not say whether “Non-profit organisations (NPO corporations)” are included',
    );
    // Every reason line is English through and through (names and quotes are on lines of their own).
    const reasonLines = en.stdout.split('\n').filter((line) => /^\s+[✓?×•○−] /.test(line));
    expect(reasonLines.length).toBeGreaterThan(100);
    for (const line of reasonLines) expect(line).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('lists every accepted type with its Japanese label in --help', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    for (const type of APPLICANT_TYPE_INFO) expect(stdout).toContain(`${type.id} (${type.ja})`);
    expect(stdout).toContain('--team <type>:<都道府県>');
    expect(stdout).toContain('--lang <ja|en>');
    expect(stdout).toContain('d9 (市場領域9)');
  });

  it.each([
    [
      ['--org', 'alien'],
      /unknown --org "alien"\. Accepted values: university \(大学等研究機関\), national-university/,
    ],
    [['--org', 'npo', '--pref', 'Atlantis'], /unknown --pref "Atlantis"\. Accepted values: 北海道, 青森県/],
    [['--team', 'npo:Atlantis', '--team', 'city'], /unknown --team prefecture "Atlantis"/],
    [['--team', 'alien:大阪府'], /unknown --team type "alien"/],
    [['--org', 'npo', '--team', 'city'], /either --org .* or --team/],
    [['--org', 'university', '--theme', 'd10'], /unknown --theme "d10"\. Accepted values: d1/],
    [['--org', 'university', '--lang', 'fr'], /unknown --lang "fr"\. Accepted values: ja, en/],
    [['--pref', '北海道'], /--org or --team is required/],
    [['--org', 'university', '--colour', 'blue'], /Unknown option '--colour'/],
  ])('rejects %j and lists what it accepts', (args, message) => {
    const { code, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('runs as a command (spawned once): exit code, stdout and stderr', async () => {
    const run = promisify(execFile);
    const tsx = path.resolve('node_modules/.bin/tsx');
    const { stdout } = await run(tsx, ['electron/cli/match.ts', '--org', 'npo', '--json']);
    expect(JSON.parse(stdout).profile.members[0].org).toBe('npo');
    await expect(run(tsx, ['electron/cli/match.ts', '--org', 'alien'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown --org "alien"'),
    });
  }, 60_000);
});
