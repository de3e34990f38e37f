import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { matchFrameworks, matchPrograms, type MatchResult } from '../../shared/matching/match-programs';
import { profileFromParams, profileToParams, type Profile } from '../../shared/matching/profile';
import { reasonText } from '../../shared/matching/reason-text';
import { relatedCommunities } from '../../shared/matching/related-communities';
import { ORG_TYPE_IDS } from '../../shared/matching/vocabulary';

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error('invalid catalog');
const { catalog } = result;

const profile = (overrides: Partial<Profile>): Profile => ({
  org: 'university',
  prefecture: null,
  themes: [],
  needs: [],
  stage: null,
  openOnly: false,
  ...overrides,
});
const ids = (list: MatchResult[keyof MatchResult]) => list.map((m) => m.program.id).sort();
const find = (r: MatchResult, id: string) =>
  [...r.eligible, ...r.check, ...r.notEligible].find((m) => m.program.id === id)!;

/** Programs whose eligibility states one of these applicant types, straight from the data. */
const statedFor = (...types: string[]) =>
  catalog.programs
    .filter((p) => p.eligibility.some((e) => e.basis === 'stated' && types.includes(e.applicant)))
    .map((p) => p.id)
    .sort();

describe('matchPrograms', () => {
  it.each(ORG_TYPE_IDS)('puts every program in exactly one group for %s', (org) => {
    const r = matchPrograms(catalog, profile({ org }));
    const all = [...ids(r.eligible), ...ids(r.check), ...ids(r.notEligible)];
    expect(all.sort()).toEqual(catalog.programs.map((p) => p.id).sort());
  });

  it('a university is 対象 exactly for the programs whose source lists 大学等研究機関', () => {
    const r = matchPrograms(catalog, profile({ org: 'university' }));
    expect(ids(r.eligible)).toEqual(statedFor('university'));
    expect(ids(r.eligible)).toEqual(
      expect.arrayContaining([
        'coi-next',
        'prism-bio-community-survey',
        'regional-core-university-fusion-hub',
        'regional-revitalization-human-resources',
      ]),
    );
    expect(ids(r.notEligible)).toEqual(
      expect.arrayContaining([
        'biomass-local-production',
        'regional-university-industry-grant',
        'industry-academia-fusion-hub-creation',
      ]),
    );
  });

  it('a municipality is 対象 for the rows listing ③自治体', () => {
    const r = matchPrograms(catalog, profile({ org: 'municipality' }));
    expect(ids(r.eligible)).toEqual(statedFor('municipality'));
    expect(ids(r.eligible)).toEqual([
      'biomass-local-production',
      'prism-bio-community-survey',
      'regional-circular-ecosphere-platform',
      'regional-university-industry-grant',
    ]);
    expect(ids(r.notEligible)).toContain('coi-next');
  });

  it('a company is 対象 for ②民間事業者等; a startup too, since a startup is a private business', () => {
    const company = matchPrograms(catalog, profile({ org: 'company' }));
    expect(ids(company.eligible)).toEqual(statedFor('private'));
    const startup = matchPrograms(catalog, profile({ org: 'startup' }));
    expect(ids(startup.eligible)).toEqual(ids(company.eligible));
    expect(ids(matchPrograms(catalog, profile({ org: 'medical-venture' })).eligible)).toEqual(
      ids(company.eligible),
    );
  });

  it('a hospital or a farmer is never 対象外 for a program open to a category they may belong to', () => {
    const hospital = matchPrograms(catalog, profile({ org: 'hospital' }));
    expect(hospital.eligible).toEqual([]);
    const coi = find(hospital, 'coi-next');
    expect(coi.group).toBe('check');
    expect(coi.reasons[0]).toMatchObject({ code: 'org-may-be', verdict: 'unknown' });
    expect(reasonText(coi.reasons[0]!, 'ja')).toBe('対象は「①大学等研究機関」。病院がこれに当たるかは要確認');
    const farmer = matchPrograms(catalog, profile({ org: 'primary-producer' }));
    expect(find(farmer, 'midori-food-system-tech-demonstration').group).toBe('check');
    expect(find(farmer, 'regional-university-industry-grant').group).toBe('notEligible');
  });

  it('a program whose documents say nothing of applicants is 要確認, with the reason', () => {
    for (const org of ORG_TYPE_IDS) {
      const m = find(matchPrograms(catalog, profile({ org })), 'smart-city');
      expect(m.group).toBe('check');
      expect(m.reasons[0]).toMatchObject({ criterion: 'org', verdict: 'unknown', code: 'org-not-stated' });
    }
    expect(reasonText(find(matchPrograms(catalog, profile({})), 'smart-city').reasons[0]!, 'ja')).toBe(
      '資料に申請主体の記載なし',
    );
  });

  it('an inferred applicant never decides 対象 or 対象外', () => {
    const company = matchPrograms(catalog, profile({ org: 'company' }));
    const cdmo = find(company, 'regenerative-cdmo-capex');
    expect(cdmo.group).toBe('check');
    expect(cdmo.reasons[0]).toMatchObject({
      code: 'org-inferred',
      quote: { quote: '再生・細胞医療・遺伝子治療製品を受託製造するCDMO支援' },
    });
    expect(
      find(matchPrograms(catalog, profile({ org: 'university' })), 'regenerative-cdmo-capex').group,
    ).toBe('check');
  });

  it('keeps a program with no new calls in 対象, marked, and "open only" moves it out', () => {
    const all = matchPrograms(catalog, profile({ org: 'university' }));
    const venture = find(all, 'medical-venture-total-support');
    expect(venture.group).toBe('eligible');
    expect(venture.reasons.at(-1)).toMatchObject({
      criterion: 'status',
      verdict: 'not-met',
      code: 'status-no-new-calls',
    });
    expect(reasonText(venture.reasons.at(-1)!, 'ja')).toBe('新規課題採択 無（令和4年度）');

    const open = matchPrograms(catalog, profile({ org: 'university', openOnly: true }));
    expect(find(open, 'medical-venture-total-support')).toMatchObject({
      group: 'check',
      movedByOpenOnly: true,
    });
    expect(find(open, 'artificial-gene-synthesis')).toMatchObject({ group: 'check', movedByOpenOnly: true });
    expect(find(open, 'coi-next').group).toBe('eligible');
  });

  it('explains each criterion with the source’s words', () => {
    const r = matchPrograms(
      catalog,
      profile({
        org: 'university',
        themes: ['d6'],
        needs: ['research'],
        prefecture: '北海道',
        stage: 'applied',
      }),
    );
    const coi = find(r, 'coi-next');
    expect(coi.reasons.map((x) => [x.criterion, x.verdict])).toEqual([
      ['org', 'matched'],
      ['theme', 'matched'],
      ['need', 'matched'],
      ['stage', 'unknown'],
      ['region', 'unknown'],
      ['status', 'matched'],
    ]);
    expect(coi.reasons[0]!.quote?.quote).toContain('①大学等研究機関');
    expect(coi.reasons[2]!.quote?.quote).toBe('産学官による研究開発・社会実装');
    expect(reasonText(coi.reasons[1]!, 'ja')).toBe('市場領域横断の施策');
    expect(reasonText(coi.reasons[2]!, 'en')).toBe('Supports 「研究開発」');
  });

  it('ranks the best fit first: more criteria matched, then open over closed', () => {
    const r = matchPrograms(catalog, profile({ org: 'university', needs: ['talent'] }));
    const matched = (m: (typeof r.eligible)[number]) =>
      m.reasons.filter((x) => x.verdict === 'matched').length;
    const counts = r.eligible.map(matched);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(ids(r.eligible.slice(0, 2))).toEqual([
      'regional-circular-ecosphere-platform',
      'regional-revitalization-human-resources',
    ]);
    // Equal matches: the open program before the one without new calls.
    const venture = r.eligible.findIndex((m) => m.program.id === 'medical-venture-total-support');
    const coi = r.eligible.findIndex((m) => m.program.id === 'coi-next');
    expect(coi).toBeLessThan(venture);
  });

  it('is deterministic', () => {
    const p = profile({ org: 'company', themes: ['health', 'd3'], needs: ['facilities'] });
    expect(JSON.stringify(matchPrograms(catalog, p))).toBe(JSON.stringify(matchPrograms(catalog, p)));
  });
});

describe('relatedCommunities', () => {
  const related = (p: Partial<Profile>) =>
    relatedCommunities(catalog, profile(p)).map((m) => [m.community.id, m.links]);

  it('finds the community in the same prefecture first, then the region', () => {
    expect(related({ prefecture: '山形県' })).toEqual([['tsuruoka', ['same-prefecture']]]);
    expect(related({ prefecture: '宮城県' })).toEqual([['tsuruoka', ['same-region']]]);
    expect(related({ prefecture: '愛知県' })[0]).toEqual(['tokai', ['same-prefecture']]);
    expect(related({ prefecture: '沖縄県' })).toEqual([['fukuoka', ['same-region']]]);
  });

  it('finds communities working on the chosen market domains', () => {
    expect(
      related({ themes: ['d3'] })
        .map(([id]) => id)
        .sort(),
    ).toEqual(['fukuoka', 'hokkaido-prime', 'nagaoka', 'tokai']);
    expect(
      related({ themes: ['health'] })
        .map(([id]) => id)
        .sort(),
    ).toEqual(['fukuoka', 'tsuruoka']);
  });
});

describe('matchFrameworks', () => {
  it('offers the declaration to municipalities and the certification scheme as 要確認', () => {
    const municipal = matchFrameworks(catalog, profile({ org: 'municipality' }));
    expect(municipal.map((m) => [m.framework.id, m.reason.verdict])).toEqual([
      ['kagayaku-inochi-declaration', 'matched'],
      ['regional-bio-community-certification', 'unknown'],
    ]);
    expect(matchFrameworks(catalog, profile({ org: 'company' })).map((m) => m.framework.id)).toEqual([
      'regional-bio-community-certification',
    ]);
  });
});

describe('profile in the URL', () => {
  it('round-trips', () => {
    const p = profile({
      org: 'municipality',
      prefecture: '新潟県',
      themes: ['d3', 'cross'],
      needs: ['survey'],
      stage: 'demonstration',
      openOnly: true,
    });
    expect(profileFromParams(profileToParams(p))).toEqual(p);
    expect(profileToParams(p).toString()).toBe(
      'org=municipality&pref=%E6%96%B0%E6%BD%9F%E7%9C%8C&theme=d3&theme=cross&need=survey&stage=demonstration&open=1',
    );
  });

  it('rejects what a hand-edited URL might hold', () => {
    expect(profileFromParams(new URLSearchParams('org=alien'))).toBeNull();
    expect(profileFromParams(new URLSearchParams('org=university&pref=Atlantis'))).toBeNull();
    expect(profileFromParams(new URLSearchParams('org=university&theme=d10'))).toBeNull();
    expect(profileFromParams(new URLSearchParams(''))).toBeNull();
  });
});
