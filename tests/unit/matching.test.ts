import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import type { Program } from '../../shared/catalog/program';
import { validateCatalog } from '../../shared/catalog/validate';
import { PREFECTURES } from '../../shared/geo/prefectures';
import {
  matchFrameworks,
  matchPrograms,
  type MatchResult,
  type ProgramMatch,
} from '../../shared/matching/match-programs';
import {
  profileToParams,
  readProfileParams,
  type DroppedAnswer,
  storedProfileSchema,
  type Member,
  type Profile,
} from '../../shared/matching/profile';
import { engineReasonSchema } from '../../shared/matching/reason-codes';
import { reasonText } from '../../shared/matching/reason-text';
import { relatedCommunities } from '../../shared/matching/related-communities';
import applicantTypesFile from '../../shared/vocabulary/applicant-types.json';
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
const run = (p: Profile, programs: Program[] = catalog.programs) =>
  matchPrograms({ programs, marketDomains: catalog.marketDomains }, p, TODAY);
const LISTS = ['eligible', 'check', 'notEligible', 'ended', 'hidden'] as const;
const all = (r: MatchResult) => LISTS.flatMap((list) => r[list]);
const ids = (list: ProgramMatch[]) => list.map((m) => m.program.id).sort();
const find = (r: MatchResult, id: string) => all(r).find((m) => m.program.id === id)!;
const groupOf = (p: Profile, id: string) => find(run(p), id).group;

/** What the type-tree data says, read straight from the JSON (not through the engine's helpers). */
const TREE = new Map(
  applicantTypesFile.types.map((t) => [t.id, t as { parent: string | null; coveredByParent?: string }]),
);
function coveredWithoutDoubt(own: string, named: string): boolean {
  for (let id: string | null = own; id; id = TREE.get(id)!.parent) {
    if (id === named) return true;
    if (TREE.get(id)!.coveredByParent !== 'yes') return false;
  }
  return false;
}
const isAncestorOrSelf = (up: string, own: string) => {
  for (let id: string | null = own; id; id = TREE.get(id)!.parent) if (id === up) return true;
  return false;
};
const ended = (p: Program) =>
  p.status.value === 'historical' ||
  p.status.value === 'ended' ||
  (p.periodEnd?.fiscalYear.year ?? 9999) < 2026;

describe('every type of the tree against every program', () => {
  it.each(APPLICANT_TYPES)('%s: each program in exactly one list, as its sources justify', (type) => {
    const r = run(org(type, '東京都'));
    expect(
      all(r)
        .map((m) => m.program.id)
        .sort(),
    ).toEqual(catalog.programs.map((p) => p.id).sort());
    for (const m of all(r)) {
      const p = m.program;
      const stated = p.eligibility.filter((e) => e.basis === 'stated');
      if (m.group === 'eligible') {
        // 対象 only where a stated entry covers this type without doubt, and nothing ended or closed.
        expect(
          stated.some((e) => coveredWithoutDoubt(type, e.applicant)),
          p.id,
        ).toBe(true);
        expect(ended(p), p.id).toBe(false);
        expect(p.newCalls?.value, p.id).not.toBe('無');
        expect(p.status.value, p.id).toBe('active');
      }
      if (m.group === 'notEligible') {
        // 対象外 only where the source names who may apply and this type relates to none of them.
        expect(stated.length, p.id).toBeGreaterThan(0);
        for (const e of p.eligibility) {
          expect(isAncestorOrSelf(e.applicant, type) || isAncestorOrSelf(type, e.applicant), p.id).toBe(
            false,
          );
        }
      }
      if (stated.length === 0 && !ended(p)) expect(m.group, p.id).toBe('check');
      if (ended(p)) expect(m.group, p.id).toBe('ended');
    }
  });

  it('a type a parent’s wording leaves open is never 対象 for a program naming only that parent', () => {
    const unclear = applicantTypesFile.types.filter((t) => t.coveredByParent === 'unclear').map((t) => t.id);
    expect(unclear).toEqual(
      expect.arrayContaining(['kosen', 'npo', 'public-interest-corporation', 'cooperative', 'local-union']),
    );
    for (const type of unclear) {
      for (const m of run(org(type)).eligible) {
        expect(
          m.program.eligibility.some((e) => e.basis === 'stated' && e.applicant === type),
          m.program.id,
        ).toBe(true);
      }
    }
  });
});

describe('an NPO, a municipality and the other examples of the issue', () => {
  it('an NPO is never 対象 for ②民間事業者等, and is told exactly why', () => {
    const r = run(org('npo', '京都府'));
    expect(r.eligible).toEqual([]);
    const biomass = find(r, 'biomass-local-production');
    expect(biomass.group).toBe('check');
    expect(biomass.reasons[0]).toMatchObject({
      code: 'org-unnamed-child',
      params: { type: 'private', org: 'npo' },
    });
    expect(reasonText(biomass.reasons[0]!, 'ja')).toBe(
      '資料は申請主体を「民間事業者等」とし、「NPO法人」が含まれるかは記載なし',
    );
    expect(reasonText(biomass.reasons[0]!, 'en')).toBe(
      'The source names “Private businesses and organisations” as applicants; it does not say whether “Non-profit organisations (NPO corporations)” are included',
    );
    expect(find(r, 'coi-next').group).toBe('notEligible');
  });

  it('companies of every size are 対象 for ②民間事業者等; a company where a document names SMEs is 要確認', () => {
    for (const type of ['company', 'large-company', 'sme', 'startup', 'medical-venture']) {
      expect(groupOf(org(type), 'midori-food-system-tech-demonstration'), type).toBe('eligible');
    }
    const smeOnly: Program = {
      ...catalog.programs.find((p) => p.id === 'midori-food-system-tech-demonstration')!,
      id: 'sme-only',
      eligibility: [
        { ...catalog.programs[3]!.eligibility[0]!, applicant: 'sme', label: '中小企業', basis: 'stated' },
      ],
    };
    expect(find(run(org('company'), [smeOnly]), 'sme-only').reasons[0]).toMatchObject({
      code: 'org-broader',
    });
    expect(groupOf(org('company'), 'midori-food-system-tech-demonstration')).toBe('eligible');
    expect(find(run(org('large-company'), [smeOnly]), 'sme-only').group).toBe('notEligible');
  });

  it('a university in 大阪府 no longer gets the two projects that ended in 2012 as 対象', () => {
    const r = run(org('university', '大阪府'));
    expect(ids(r.ended)).toEqual(
      expect.arrayContaining(['artificial-gene-synthesis', 'life-innovation-startup-challenge']),
    );
    expect(ids(r.eligible)).not.toContain('artificial-gene-synthesis');
    const gene = find(r, 'artificial-gene-synthesis');
    expect(gene.ended).toEqual({ fiscalYear: 2016, by: 'period' });
    expect(reasonText(gene.reasons.at(-1)!, 'ja')).toBe('事業期間は平成28年度まで（終了）');
    expect(find(r, 'life-innovation-startup-challenge').ended).toEqual({
      fiscalYear: 2011,
      by: 'last-mention',
    });
  });

  it('a municipality is not 対象外 for 人工遺伝子合成技術開発: its source describes who carried it out', () => {
    const gene = find(run(org('municipality')), 'artificial-gene-synthesis');
    expect(gene.group).toBe('ended');
    expect(gene.reasons[0]).toMatchObject({ code: 'org-inferred-other', verdict: 'unknown' });
  });

  it('a municipality in 北海道 is told the declaration is a 近畿経済産業局 scheme, not that it is 明記', () => {
    const declaration = (p: Profile) =>
      matchFrameworks(catalog, p).find((m) => m.framework.id === 'kagayaku-inochi-declaration')!;
    const hokkaido = declaration(org('city', '北海道'));
    expect(hokkaido.group).toBe('check');
    expect(hokkaido.reasons.at(-1)).toMatchObject({
      code: 'region-outside-inferred',
      params: { regions: ['近畿経済産業局管内'], prefecture: '北海道' },
    });
    expect(reasonText(hokkaido.reasons.at(-1)!, 'ja')).toBe(
      '近畿経済産業局管内に関わる制度と推定され、北海道は含まれない（要確認）',
    );
    expect(declaration(org('city', '奈良県')).group).toBe('eligible');
    expect(declaration(org('city')).reasons.at(-1)).toMatchObject({ code: 'region-no-prefecture' });
    expect(matchFrameworks(catalog, org('company', '奈良県')).map((m) => m.framework.id)).not.toContain(
      'kagayaku-inochi-declaration',
    );
  });
});

describe('time', () => {
  const active = catalog.programs.find((p) => p.id === 'coi-next')!;
  const withPeriod = (year: number): Program => ({
    ...active,
    id: 'with-period',
    periodEnd: { fiscalYear: { label: `${year}年度`, year }, source: active.eligibility[0]!.source },
  });

  it('a program whose 事業期間 is over is ended from the next fiscal year, never before', () => {
    const at = (today: string) =>
      matchPrograms({ programs: [withPeriod(2026)], marketDomains: [] }, org('university'), { today });
    expect(at('2027-03-31').eligible.map((m) => m.program.id)).toEqual(['with-period']);
    expect(at('2027-04-01').ended[0]).toMatchObject({
      ended: { fiscalYear: 2026, by: 'period' },
      group: 'ended',
    });
  });

  it('no program with ended status, historical status or 新規採択 無 is ever 対象', () => {
    for (const type of APPLICANT_TYPES) {
      for (const m of run(org(type)).eligible) {
        expect(['historical', 'ended']).not.toContain(m.program.status.value);
        expect(m.program.newCalls?.value).not.toBe('無');
      }
    }
  });

  it('新規採択 無 is 要確認 with its badge whether or not "open only" is asked, and "open only" hides it', () => {
    const venture = find(run(org('university')), 'medical-venture-total-support');
    expect(venture).toMatchObject({
      group: 'check',
      noNewCalls: true,
      heldBackBy: ['status'],
      hidden: false,
    });
    expect(reasonText(venture.reasons.at(-1)!, 'ja')).toBe('新規課題採択 無（令和4年度）');
    const open = run(org('university', null, { openOnly: true }));
    expect(ids(open.hidden)).toContain('medical-venture-total-support');
    for (const list of ['eligible', 'check', 'notEligible', 'ended'] as const) {
      for (const m of open[list]) expect(m.program.newCalls?.value, m.program.id).toBe('有');
    }
    expect(open.hidden.length).toBe(catalog.programs.filter((p) => p.newCalls?.value !== '有').length);
  });
});

describe('region', () => {
  const hub = catalog.programs.find((p) => p.id === 'bio-manufacturing-demonstration')!;
  // The hub's region is stated; give it a stated applicant to see the region decide on its own.
  const regional: Program = {
    ...hub,
    id: 'regional',
    eligibility: [{ ...catalog.programs[1]!.eligibility[0]!, applicant: 'private', basis: 'stated' }],
    newCalls: catalog.programs[1]!.newCalls,
  };
  const at = (prefecture: string | null) => find(run(org('sme', prefecture), [regional]), 'regional');

  it('inside the region the criterion holds', () => {
    expect(at('東京都')).toMatchObject({ group: 'eligible', heldBackBy: [] });
    expect(at('東京都').reasons).toContainEqual(
      expect.objectContaining({ code: 'region-inside', verdict: 'matched' }),
    );
  });
  it('outside it is 要確認 with the region named, never silently 対象', () => {
    expect(at('大阪府')).toMatchObject({ group: 'check', heldBackBy: ['region'] });
    const outside = at('大阪府').reasons.find((r) => r.criterion === 'region')!;
    expect(reasonText(outside, 'ja')).toBe('関東圏に関わる制度で、大阪府は含まれない（応募できるか要確認）');
    expect(reasonText(outside, 'en')).toBe(
      'The program is tied to Kanto area, which does not include Osaka (confirm whether you can apply)',
    );
  });
  it('with no prefecture given it is 要確認 too', () => {
    expect(at(null)).toMatchObject({ group: 'check', heldBackBy: ['region'] });
  });
  it('a program no document ties to a region keeps its group and says the region is not stated', () => {
    const coi = find(run(org('university', '沖縄県')), 'coi-next');
    expect(coi.group).toBe('eligible');
    expect(coi.reasons).toContainEqual(expect.objectContaining({ code: 'region-not-stated' }));
  });

  it('suggests every community that covers the prefecture, by region and by theme', () => {
    for (const prefecture of PREFECTURES) {
      const suggested = relatedCommunities(catalog, org('university', prefecture)).map((m) => m.community.id);
      for (const c of catalog.communities) {
        if (c.prefectures.some((p) => p.name === prefecture)) expect(suggested, prefecture).toContain(c.id);
      }
    }
    const osaka = relatedCommunities(catalog, org('company', '大阪府'));
    expect(osaka[0]).toMatchObject({ community: { id: 'global-bio-community' }, links: ['same-prefecture'] });
    const tokyo = relatedCommunities(catalog, org('company', '東京都')).map((m) => m.community.id);
    expect(tokyo[0]).toBe('global-bio-community');
    expect(relatedCommunities(catalog, org('city', '宮城県')).map((m) => [m.community.id, m.links])).toEqual([
      ['tsuruoka', ['same-region']],
    ]);
    expect(
      relatedCommunities(catalog, org('city', null, { themes: ['health'] }))
        .map((m) => m.community.id)
        .sort(),
    ).toEqual(['fukuoka', 'tsuruoka']);
  });
});

describe('teams', () => {
  const niigata: Member[] = [
    { org: 'national-university', prefecture: '新潟県' },
    { org: 'sme', prefecture: '新潟県' },
    { org: 'city', prefecture: '新潟県' },
  ];
  const team = profile(niigata);

  it('a program is 対象 for the team where it is 対象 for a member, or where only the team has the make-up asked for', () => {
    const union = new Set(
      niigata.flatMap((m) => run(org(m.org, m.prefecture)).eligible.map((x) => x.program.id)),
    );
    const r = run(team);
    // The fusion hubs need a company and a university: only the team has both.
    const onlyAsTeam = ['industry-academia-fusion-hub-creation', 'regional-core-university-fusion-hub'];
    expect(ids(r.eligible)).toEqual([...union, ...onlyAsTeam].sort());
    for (const id of onlyAsTeam) {
      expect(find(r, id).reasons).toContainEqual(expect.objectContaining({ code: 'consortium-met' }));
      for (const m of niigata)
        expect(groupOf(org(m.org, m.prefecture), id), `${id} ${m.org}`).not.toBe('eligible');
    }
    expect(ids(r.notEligible)).toEqual([]);
  });

  it('says per program which members could apply, and when the lead is not one of them', () => {
    const r = run(team);
    const biomass = find(r, 'biomass-local-production');
    expect(biomass.members.map((f) => f.canApply)).toEqual(['no', 'yes', 'yes']);
    expect(biomass.reasons).toContainEqual(
      expect.objectContaining({ code: 'team-other-member', params: { types: ['sme', 'city'] } }),
    );
    expect(find(r, 'coi-next').reasons).toContainEqual(
      expect.objectContaining({ code: 'team-lead', params: { org: 'national-university' } }),
    );
  });

  it('checks a stated make-up: met, lacking a member type, or unclear', () => {
    const hub = (members: Member[]) => find(run(profile(members)), 'regional-core-university-fusion-hub');
    const met = hub(niigata);
    expect(met.group).toBe('eligible');
    expect(met.reasons).toContainEqual(expect.objectContaining({ code: 'consortium-met' }));
    const lacking = hub([niigata[0]!, niigata[2]!]);
    expect(lacking).toMatchObject({ group: 'check', heldBackBy: ['team'] });
    expect(lacking.reasons).toContainEqual(
      expect.objectContaining({ code: 'consortium-lacks', params: { roles: [['company']] } }),
    );
    expect(
      reasonText(
        lacking.reasons.find((x) => x.code === 'consortium-lacks')!,
        'ja',
      ),
    ).toBe('資料が求める「企業」がチームにいない');
    const unclear = hub([niigata[0]!, { org: 'private', prefecture: null }]);
    expect(unclear.reasons).toContainEqual(expect.objectContaining({ code: 'consortium-unclear' }));
    expect(unclear.group).toBe('check');
    // An inferred make-up is mentioned, never decides.
    const coi = find(run(profile([niigata[0]!, { org: 'npo', prefecture: null }])), 'coi-next');
    expect(coi.group).toBe('eligible');
    expect(coi.reasons).toContainEqual(
      expect.objectContaining({ code: 'consortium-inferred', verdict: 'info' }),
    );
  });

  it('tells one organisation which partners a stated make-up needs, and holds it back to 要確認', () => {
    const single = find(run(org('national-university')), 'regional-core-university-fusion-hub');
    expect(single).toMatchObject({ group: 'check', heldBackBy: ['team'] });
    expect(single.reasons).toContainEqual(
      expect.objectContaining({ code: 'consortium-partners', params: { roles: [['company']] } }),
    );
  });

  it('meets the certification scheme’s stated make-up (研究開発機関, 地元企業・農林漁業者, 自治体)', () => {
    const scheme = (members: Member[]) =>
      matchFrameworks(catalog, profile(members)).find(
        (m) => m.framework.id === 'regional-bio-community-certification',
      )!;
    const met = scheme(niigata).reasons.find((r) => r.code === 'consortium-met')!;
    expect(met).toBeDefined();
    // 地元企業・農林漁業者 is one role: a company OR a primary producer, never both required.
    expect(reasonText(met, 'ja')).toBe(
      '資料が求める体制（「大学等研究機関」、「企業」または「農林漁業者」、「自治体」）をチームが満たす',
    );
    expect(reasonText(met, 'en')).toBe(
      'The team has the members the source asks for (“Universities and research institutions”, “Companies” or “Farmers, foresters and fishers”, and “Local governments”)',
    );
    const npo = scheme([niigata[0]!, { org: 'npo', prefecture: null }]).reasons.find(
      (r) => r.code === 'consortium-lacks' || r.code === 'consortium-unclear',
    )!;
    expect(reasonText(npo, 'ja')).toContain('「企業」または「農林漁業者」');
    expect(
      scheme([
        { org: 'national-rd-agency', prefecture: null },
        { org: 'primary-producer', prefecture: null },
      ]).reasons,
    ).toContainEqual(
      expect.objectContaining({ code: 'consortium-lacks', params: { roles: [['municipality']] } }),
    );
  });
});

describe('reasons', () => {
  it('reads a make-up saved as a flat list of types (before roles) as one role per type', () => {
    const saved = engineReasonSchema.parse({
      criterion: 'team',
      verdict: 'not-met',
      code: 'consortium-lacks',
      params: { types: ['company', 'municipality'] },
    });
    expect(saved.params).toEqual({ roles: [['company'], ['municipality']] });
    expect(reasonText(saved, 'ja')).toBe('資料が求める「企業」、「自治体」がチームにいない');
    // A role with no type in it, or both shapes at once, is refused.
    for (const params of [{ roles: [[]] }, { roles: [['company']], types: ['company'] }])
      expect(
        engineReasonSchema.safeParse({
          criterion: 'team',
          verdict: 'not-met',
          code: 'consortium-lacks',
          params,
        }).success,
      ).toBe(false);
  });

  const PROFILES = [
    org('npo', '京都府', { themes: ['d3', 'health'], needs: ['research', 'talent'], stage: 'applied' }),
    org('city', '北海道', { themes: ['cross'], needs: ['survey'] }),
    org('hospital', null, { openOnly: true }),
    profile([
      { org: 'university', prefecture: '新潟県' },
      { org: 'company', prefecture: '新潟県' },
      { org: 'municipality', prefecture: '新潟県' },
    ]),
  ];
  const reasons = PROFILES.flatMap((p) => [
    ...all(run(p)).flatMap((m) => m.reasons),
    ...all(run(p)).flatMap((m) => m.members.flatMap((f) => [f.org, ...(f.region ? [f.region] : [])])),
    ...matchFrameworks(catalog, p).flatMap((m) => m.reasons),
  ]);

  it('are codes with ids and numbers as params, never display text', () => {
    expect(new Set(reasons.map((r) => r.code)).size).toBeGreaterThan(25);
    for (const r of reasons) {
      const { regions: _regions, prefecture: _prefecture, ...rest } = r.params as Record<string, unknown>;
      expect(JSON.stringify(rest), r.code).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('read in Japanese, and in English with no Japanese at all', () => {
    for (const r of reasons) {
      const ja = reasonText(r, 'ja');
      const en = reasonText(r, 'en');
      expect(ja, r.code).not.toMatch(/[{}]/);
      expect(en, r.code).not.toMatch(/[{}]/);
      expect(en, `${r.code}: ${en}`).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('point to their quote once per program: the evidence lists each quote once', () => {
    for (const m of all(run(org('university')))) {
      const quotes = m.evidence.map((e) => `${e.source.file}${e.source.quote}`);
      expect(new Set(quotes).size, m.program.id).toBe(quotes.length);
      for (const r of m.reasons) {
        if (r.quote)
          expect(
            m.evidence.some((e) => e.ids.includes(r.quote!)),
            `${m.program.id} ${r.quote}`,
          ).toBe(true);
      }
    }
    const coi = find(run(org('university', null, { needs: ['research'] })), 'coi-next');
    // The table row backs both the applicant and the new calls: listed once.
    expect(coi.evidence.map((e) => [e.ids, e.source.quote])).toEqual([
      [['eligibility.0', 'newCalls'], '共創の場形成支援プログラム ①大学等研究機関 13,750,508 有'],
      [['consortium'], '産学官による研究開発・社会実装と自立的な産学官連携システムの構築を推進'],
      [['supports.0'], '産学官による研究開発・社会実装'],
    ]);
  });

  it('rank the best fit first, deterministically', () => {
    const r = run(org('university', null, { needs: ['talent'] }));
    const matched = (m: ProgramMatch) => m.reasons.filter((x) => x.verdict === 'matched').length;
    const counts = r.eligible.map(matched);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(r.eligible[0]!.program.id).toBe('regional-circular-ecosphere-platform');
    const p = org('company', null, { themes: ['health', 'd3'], needs: ['facilities'] });
    expect(JSON.stringify(run(p))).toBe(JSON.stringify(run(p)));
  });
});

describe('profiles and teams in the URL and in storage', () => {
  it('round-trips one organisation in the original form, and a team lead first', () => {
    const single = org('municipality', '新潟県', {
      themes: ['d3', 'cross'],
      needs: ['survey'],
      stage: 'demonstration',
      openOnly: true,
    });
    expect(readProfileParams(profileToParams(single))).toEqual({ profile: single, dropped: [] });
    expect(profileToParams(single).toString()).toBe(
      'org=municipality&pref=%E6%96%B0%E6%BD%9F%E7%9C%8C&theme=d3&theme=cross&need=survey&stage=demonstration&open=1',
    );
    const team = profile([
      { org: 'university', prefecture: '大阪府' },
      { org: 'company', prefecture: null },
    ]);
    expect(decodeURIComponent(profileToParams(team).toString())).toBe(
      'member=university:大阪府&member=company:',
    );
    expect(readProfileParams(profileToParams(team))).toEqual({ profile: team, dropped: [] });
  });

  it('keeps the valid answers of a hand-edited URL and names every value it leaves out', () => {
    const cases: [string, Profile | null, DroppedAnswer[]][] = [
      ['org=alien', null, [{ field: 'org', value: 'alien' }]],
      [
        'org=national-university&pref=Atlantis',
        org('national-university'),
        [{ field: 'pref', value: 'Atlantis' }],
      ],
      [
        'org=university&theme=d10&theme=d3',
        org('university', null, { themes: ['d3'] }),
        [{ field: 'theme', value: 'd10' }],
      ],
      [
        'org=city&stage=later&open=yes&need=money',
        org('city'),
        [
          { field: 'need', value: 'money' },
          { field: 'stage', value: 'later' },
          { field: 'open', value: 'yes' },
        ],
      ],
      ['', null, []],
      // A team of one is no team; a member of no valid type cannot be matched.
      ['member=npo:Atlantis', null, [{ field: 'pref', value: 'Atlantis' }]],
      ['member=alien:&member=city:', null, [{ field: 'member', value: 'alien' }]],
      // Past the tenth member: named once, with how many, whatever each says.
      [
        Array.from({ length: 13 }, (_, i) => `member=${i % 2 ? 'city' : 'npo'}:`).join('&'),
        profile(Array.from({ length: 10 }, (_, i) => ({ org: i % 2 ? 'city' : 'npo', prefecture: null }))),
        [{ field: 'extraMembers', value: '3' }],
      ],
      [
        'member=npo:Atlantis&member=city:北海道',
        profile([
          { org: 'npo', prefecture: null },
          { org: 'city', prefecture: '北海道' },
        ]),
        [{ field: 'pref', value: 'Atlantis' }],
      ],
    ];
    for (const [link, expected, dropped] of cases) {
      expect(readProfileParams(new URLSearchParams(link)), link).toEqual({ profile: expected, dropped });
    }
  });

  it('reads a profile saved before teams existed as a team of one', () => {
    const old = {
      org: 'municipality',
      prefecture: '新潟県',
      themes: ['d3'],
      needs: [],
      stage: null,
      openOnly: true,
    };
    expect(storedProfileSchema.parse(old)).toEqual(
      org('municipality', '新潟県', { themes: ['d3'], openOnly: true }),
    );
    expect(storedProfileSchema.safeParse({ org: 'alien' }).success).toBe(false);
  });
});
