import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { matchFrameworks, matchPrograms, type ProgramMatch } from '../../shared/matching/match-programs';
import type { Member, Profile } from '../../shared/matching/profile';
import { isRelevance, reason, type Reason } from '../../shared/matching/reason-codes';
import {
  reasonHeading,
  reasonLine,
  reasonText,
  verdictLabel,
  verdictMark,
} from '../../shared/matching/reason-text';
import { APPLICANT_TYPES } from '../../shared/vocabulary/applicant-types';

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error('invalid catalog');
const { catalog } = result;
const TODAY = { today: '2026-12-01' };

const profile = (members: Member[], answers: Partial<Omit<Profile, 'members'>> = {}): Profile => ({
  members,
  themes: [],
  needs: [],
  stage: null,
  openOnly: false,
  ...answers,
});
const org = (
  type: string,
  prefecture: string | null = null,
  answers: Partial<Omit<Profile, 'members'>> = {},
) => profile([{ org: type, prefecture }], answers);
const run = (p: Profile, today = TODAY) => matchPrograms(catalog, p, today);
const everything = (p: Profile) => {
  const r = run(p);
  return [...r.eligible, ...r.check, ...r.notEligible, ...r.ended, ...r.hidden];
};
const find = (p: Profile, id: string) => everything(p).find((m) => m.program.id === id)!;

/** Every profile the tester tried, and then some: each type in four places, and three teams. */
const PROFILES: Profile[] = [
  ...APPLICANT_TYPES.flatMap((type) =>
    ['大阪府', '北海道', '東京都', null].map((pref) =>
      org(type, pref, { themes: ['health', 'd3'], needs: ['research', 'facilities'], stage: 'applied' }),
    ),
  ),
  profile([
    { org: 'national-university', prefecture: '新潟県' },
    { org: 'sme', prefecture: '新潟県' },
    { org: 'city', prefecture: '新潟県' },
  ]),
  profile([
    { org: 'university', prefecture: '大阪府' },
    { org: 'company', prefecture: '大阪府' },
  ]),
  profile([
    { org: 'npo', prefecture: '京都府' },
    { org: 'municipality', prefecture: null },
  ]),
];

describe('対象 means: the applicant may apply and nothing stands in the way', () => {
  it('a lone 国立大学法人 is 要確認 for a hub whose source asks for a company partner', () => {
    const hub = find(org('national-university', '大阪府'), 'regional-core-university-fusion-hub');
    expect(hub).toMatchObject({ group: 'check', heldBackBy: ['team'] });
    const team = hub.reasons.find((r) => r.criterion === 'team')!;
    expect(team).toMatchObject({ code: 'consortium-partners', params: { roles: [['company']] } });
    expect(reasonLine(team, 'ja')).toBe(
      'チーム（要確認）: 資料は「企業」と連携した実施を求める。単独で申請できるかは要確認（チームとして診断すると体制を確認できる）',
    );
    // With the partner in a team it is 対象 again.
    const withCompany = find(
      profile([
        { org: 'national-university', prefecture: '大阪府' },
        { org: 'company', prefecture: '大阪府' },
      ]),
      'regional-core-university-fusion-hub',
    );
    expect(withCompany.group).toBe('eligible');
  });

  it.each(PROFILES.map((p) => [JSON.stringify(p.members), p] as const))(
    '%s: no 対象 program carries a 要確認 or 該当しない line on whether it may apply',
    (_, p) => {
      for (const m of run(p).eligible) {
        for (const r of m.reasons.filter((x) => !isRelevance(x.criterion))) {
          expect(['matched', 'info'], `${m.program.id}: ${reasonLine(r, 'ja')}`).toContain(r.verdict);
        }
      }
    },
  );

  it('a theme or support the program does not offer is relevance, worded so it never reads as a verdict', () => {
    const prism = find(
      org('national-university', '大阪府', { needs: ['research'] }),
      'prism-bio-community-survey',
    );
    expect(prism.group).toBe('eligible');
    const need = prism.reasons.find((r) => r.criterion === 'need')!;
    expect(need.code).toBe('need-other');
    expect(reasonHeading(need, 'ja')).toBe('支援内容（関心とは別）');
    expect(reasonHeading(need, 'en')).toBe('Support (not what you asked for)');
    expect(verdictMark(need)).toBe('−');
    const theme = reason('theme-other', { category: 'health' });
    expect(verdictLabel(theme, 'ja')).not.toMatch(/該当|要確認/);
  });

  it('a program no document ties to a region states it as a plain fact, not as 要確認', () => {
    const coi = find(org('university', '沖縄県'), 'coi-next');
    expect(coi.group).toBe('eligible');
    const region = coi.reasons.find((r) => r.criterion === 'region')!;
    expect(region).toMatchObject({ code: 'region-not-stated', verdict: 'info' });
    expect(reasonLine(region, 'ja')).toBe('地域（参考）: 資料に対象地域の記載なし');
    expect(verdictMark(region)).toBe('•');
  });

  it('every reason’s mark agrees with its words: 要確認 is said only under a 要確認 verdict', () => {
    const reasons: Reason[] = PROFILES.flatMap((p) => [
      ...everything(p).flatMap((m) => [
        ...m.reasons,
        ...m.members.flatMap((f) => [f.org, f.region ?? []].flat()),
      ]),
      ...matchFrameworks(catalog, p).flatMap((m) => m.reasons),
    ]);
    expect(new Set(reasons.map((r) => r.code)).size).toBeGreaterThan(25);
    for (const r of reasons) {
      const ja = reasonText(r, 'ja');
      if (r.verdict !== 'unknown') expect(ja, `${r.code} (${r.verdict}): ${ja}`).not.toMatch(/要確認/);
    }
  });

  it('outside the region a document ties a program to is 要確認 in mark and words', () => {
    const hub = find(org('sme', '大阪府'), 'bio-manufacturing-demonstration');
    const region = hub.reasons.find((r) => r.criterion === 'region')!;
    expect(region).toMatchObject({ code: 'region-outside', verdict: 'unknown' });
    expect(reasonLine(region, 'ja')).toBe(
      '地域（要確認）: 関東圏に関わる制度で、大阪府は含まれない（応募できるか要確認）',
    );
    expect(verdictMark(region)).toBe('?');
  });
});

describe('call status is as of the documents’ year', () => {
  it('calls stated for 令和4年度 are not a current ✓ in 2026: the line says so and asks to confirm', () => {
    const coi = find(org('university'), 'coi-next');
    const status = coi.reasons.find((r) => r.criterion === 'status')!;
    expect(status).toMatchObject({
      code: 'status-open-as-of',
      verdict: 'info',
      params: { fiscalYear: 2022 },
    });
    expect(reasonLine(status, 'ja')).toBe(
      '募集状況（参考）: 令和4年度の資料では新規課題採択 有。現在の公募の有無と締切は所管に確認を',
    );
    expect(reasonText(status, 'en')).toBe(
      'New calls: yes in the FY2022 document; check with the ministry whether and until when it calls now',
    );
    expect(run(org('university')).callsAsOf).toEqual([2022]);
  });

  it('in the fiscal year of the document itself the call is a ✓, and nothing needs a caution', () => {
    const then = { today: '2022-10-01' };
    const coi = run(org('university'), then).eligible.find((m) => m.program.id === 'coi-next')!;
    expect(coi.reasons.find((r) => r.criterion === 'status')).toMatchObject({
      code: 'status-open',
      verdict: 'matched',
    });
    expect(run(org('university'), then).callsAsOf).toEqual([]);
  });

  it('"open only" still keeps the calls of earlier documents, and says they are as of then', () => {
    const r = run(org('university', null, { openOnly: true }));
    expect(r.eligible.length).toBeGreaterThan(0);
    expect(r.eligible.every((m: ProgramMatch) => m.program.newCalls?.value === '有')).toBe(true);
    expect(r.callsAsOf).toEqual([2022]);
  });
});

describe('schemes one can join', () => {
  it('a 市区町村 in 北海道 is not offered the Kinki declaration as one it can join, but as 要確認 with why', () => {
    const declaration = matchFrameworks(catalog, org('city', '北海道')).find(
      (m) => m.framework.id === 'kagayaku-inochi-declaration',
    )!;
    expect(declaration.group).toBe('check');
    const region = declaration.reasons.find((r) => r.criterion === 'region')!;
    expect(reasonLine(region, 'ja')).toBe(
      '地域（要確認）: 近畿経済産業局管内に関わる制度と推定され、北海道は含まれない（要確認）',
    );
  });
});

describe('English reasons read as English: lists and plurals', () => {
  it('joins the types a reason names with “and”, and says member or members by their number', () => {
    const two = reason('team-other-member', { types: ['sme', 'city'] });
    expect(reasonText(two, 'en')).toBe(
      'Not the lead, but the “Small and medium-sized enterprises (SMEs)” and “Cities, towns and villages” members can apply (with one of them as the lead applicant)',
    );
    const one = reason('team-other-member', { types: ['sme'] });
    expect(reasonText(one, 'en')).toBe(
      'Not the lead, but the “Small and medium-sized enterprises (SMEs)” member can apply (with that member as the lead applicant)',
    );
    expect(reasonText(reason('org-other', { types: ['private', 'municipality'] }), 'en')).toBe(
      'The source names only “Private businesses and organisations” and “Local governments” as applicants',
    );
    expect(
      reasonText(reason('org-other', { types: ['university', 'private', 'municipality'] }), 'en'),
    ).toMatch(/”, “.*”, and “/);
    // Japanese keeps its own way of listing.
    expect(reasonText(two, 'ja')).toBe(
      '代表ではなく「中小企業」「市区町村」のメンバーが申請主体に当たる（そのメンバーを代表にすれば申請できる）',
    );
  });

  it('names alternative regions with “or”', () => {
    const r = reason('region-outside', { regions: ['関東圏', '関西圏'], prefecture: '北海道' });
    expect(reasonText(r, 'en')).toMatch(
      /^The program is tied to Kanto area or .+, which does not include Hokkaido/,
    );
  });
});
