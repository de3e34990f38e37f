import type { ApplicantType } from '../catalog/applicants';
import type { Catalog } from '../catalog/catalog';
import type { Framework } from '../catalog/framework';
import { circledDomain } from '../catalog/market-domain';
import { NEED_LABELS } from '../catalog/needs';
import type { EligibilityEntry, Program } from '../catalog/program';
import type { Profile } from './profile';
import type { Reason } from './reasons';
import { CATEGORY_THEMES, ORG_TYPES, domainOfTheme, type CategoryTheme } from './vocabulary';

export type Group = 'eligible' | 'check' | 'notEligible';

export interface ProgramMatch {
  program: Program;
  group: Group;
  reasons: Reason[];
  /** True when "open for new applications only" moved it out of 対象. */
  movedByOpenOnly: boolean;
}

export interface MatchResult {
  eligible: ProgramMatch[];
  check: ProgramMatch[];
  notEligible: ProgramMatch[];
}

/** The applicant criterion for any record with an eligibility list (programs and schemes alike). */
export function orgReason(entries: EligibilityEntry[], profile: Profile): Reason {
  const org = ORG_TYPES[profile.org];
  if (entries.length === 0) {
    return { criterion: 'org', verdict: 'unknown', code: 'org-not-stated', params: {}, quote: null };
  }
  const covers = (entry: EligibilityEntry, types: readonly ApplicantType[]) =>
    types.includes(entry.applicant);
  const stated = entries.find((e) => e.basis === 'stated' && covers(e, org.is));
  if (stated) {
    return {
      criterion: 'org',
      verdict: 'matched',
      code: 'org-stated',
      params: { label: stated.label },
      quote: stated.source,
    };
  }
  const inferred = entries.find((e) => e.basis === 'inferred' && covers(e, org.is));
  if (inferred) {
    return {
      criterion: 'org',
      verdict: 'unknown',
      code: 'org-inferred',
      params: { label: inferred.label },
      quote: inferred.source,
    };
  }
  const labels = [...new Set(entries.map((e) => e.label))].join('・');
  const mayBe = entries.find((e) => covers(e, org.mayBe));
  if (mayBe) {
    return {
      criterion: 'org',
      verdict: 'unknown',
      code: 'org-may-be',
      params: { labels, org: org.ja },
      quote: mayBe.source,
    };
  }
  // Only inferred entries that name others: inference is too weak to exclude anyone.
  if (entries.every((e) => e.basis === 'inferred')) {
    return {
      criterion: 'org',
      verdict: 'unknown',
      code: 'org-inferred',
      params: { label: labels },
      quote: entries[0]!.source,
    };
  }
  return {
    criterion: 'org',
    verdict: 'not-met',
    code: 'org-other',
    params: { labels },
    quote: entries[0]!.source,
  };
}

function themeReason(program: Program, profile: Profile, domainCategory: Map<number, string>): Reason | null {
  if (profile.themes.length === 0) return null;
  const wantedDomains = profile.themes.map(domainOfTheme).filter((d): d is number => d !== null);
  const wantedCategories = new Set([
    ...profile.themes
      .filter((t): t is CategoryTheme => t in CATEGORY_THEMES)
      .map((t) => CATEGORY_THEMES[t] as string),
    ...wantedDomains.map((d) => domainCategory.get(d)).filter((c): c is string => Boolean(c)),
  ]);
  const sharedDomains = program.marketDomains.filter((d) => wantedDomains.includes(d));
  if (sharedDomains.length) {
    return {
      criterion: 'theme',
      verdict: 'matched',
      code: 'theme-domain',
      params: { domains: sharedDomains.map(circledDomain).join('') },
      quote: null,
    };
  }
  const category = program.category;
  if (!category)
    return { criterion: 'theme', verdict: 'unknown', code: 'theme-unknown', params: {}, quote: null };
  if (category.value === '市場領域横断') {
    return { criterion: 'theme', verdict: 'matched', code: 'theme-cross', params: {}, quote: null };
  }
  if (wantedCategories.has(category.value)) {
    const code = category.basis === 'stated' ? 'theme-category' : 'theme-category-inferred';
    return {
      criterion: 'theme',
      verdict: 'matched',
      code,
      params: { category: category.value },
      quote: null,
    };
  }
  return {
    criterion: 'theme',
    verdict: 'not-met',
    code: 'theme-other',
    params: { category: category.value },
    quote: null,
  };
}

function needReason(program: Program, profile: Profile): Reason | null {
  if (profile.needs.length === 0) return null;
  if (program.supports.length === 0) {
    return { criterion: 'need', verdict: 'unknown', code: 'need-unknown', params: {}, quote: null };
  }
  const hits = program.supports.filter((s) => profile.needs.includes(s.need));
  const names = (list: typeof program.supports) =>
    [...new Set(list.map((s) => `「${NEED_LABELS[s.need].ja}」`))].join('');
  if (hits.length) {
    return {
      criterion: 'need',
      verdict: 'matched',
      code: 'need-match',
      params: { needs: names(hits) },
      quote: hits[0]!.source,
    };
  }
  return {
    criterion: 'need',
    verdict: 'not-met',
    code: 'need-other',
    params: { needs: names(program.supports) },
    quote: program.supports[0]!.source,
  };
}

function statusReason(program: Program): Reason {
  const label = program.status.asOf.label;
  switch (program.status.value) {
    case 'historical':
      return {
        criterion: 'status',
        verdict: 'not-met',
        code: 'status-historical',
        params: { label },
        quote: null,
      };
    case 'ended':
      return {
        criterion: 'status',
        verdict: 'not-met',
        code: 'status-ended',
        params: { label },
        quote: null,
      };
    case 'unknown':
      return {
        criterion: 'status',
        verdict: 'unknown',
        code: 'status-unknown',
        params: { label },
        quote: null,
      };
    case 'active': {
      const calls = program.newCalls;
      if (!calls)
        return {
          criterion: 'status',
          verdict: 'unknown',
          code: 'status-no-call-info',
          params: { label },
          quote: null,
        };
      const params = { label: calls.fiscalYear.label };
      return calls.value === '有'
        ? { criterion: 'status', verdict: 'matched', code: 'status-open', params, quote: calls.source }
        : {
            criterion: 'status',
            verdict: 'not-met',
            code: 'status-no-new-calls',
            params,
            quote: calls.source,
          };
    }
  }
}

export function explainProgram(
  program: Program,
  profile: Profile,
  domainCategory: Map<number, string>,
): ProgramMatch {
  const org = orgReason(program.eligibility, profile);
  const status = statusReason(program);
  const reasons: Reason[] = [
    org,
    themeReason(program, profile, domainCategory),
    needReason(program, profile),
    profile.stage
      ? {
          criterion: 'stage' as const,
          verdict: 'unknown' as const,
          code: 'stage-unknown' as const,
          params: {},
          quote: null,
        }
      : null,
    profile.prefecture
      ? {
          criterion: 'region' as const,
          verdict: 'unknown' as const,
          code: 'region-unknown' as const,
          params: { prefecture: profile.prefecture },
          quote: null,
        }
      : null,
    status,
  ].filter((r): r is Reason => r !== null);

  let group: Group =
    org.verdict === 'matched' ? 'eligible' : org.verdict === 'unknown' ? 'check' : 'notEligible';
  const movedByOpenOnly = profile.openOnly && group === 'eligible' && status.verdict !== 'matched';
  if (movedByOpenOnly) group = 'check';
  return { program, group, reasons, movedByOpenOnly };
}

/** Best fit first: more criteria matched, stated over inferred, open over closed; then by id. */
function rank(a: ProgramMatch, b: ProgramMatch): number {
  const matched = (m: ProgramMatch) => m.reasons.filter((r) => r.verdict === 'matched').length;
  const notMet = (m: ProgramMatch) => m.reasons.filter((r) => r.verdict === 'not-met').length;
  const stated = (m: ProgramMatch) => (m.reasons[0]?.code === 'org-stated' ? 1 : 0);
  const open = (m: ProgramMatch) => (m.reasons.at(-1)?.verdict === 'matched' ? 1 : 0);
  return (
    matched(b) - matched(a) ||
    stated(b) - stated(a) ||
    open(b) - open(a) ||
    notMet(a) - notMet(b) ||
    (a.program.id < b.program.id ? -1 : a.program.id > b.program.id ? 1 : 0)
  );
}

/** The whole catalog, grouped honestly and explained: nothing is dropped, every program lands in a group. */
export function matchPrograms(
  catalog: Pick<Catalog, 'programs' | 'marketDomains'>,
  profile: Profile,
): MatchResult {
  const domainCategory = new Map(catalog.marketDomains.map((d) => [d.id, d.category as string]));
  const matches = catalog.programs.map((p) => explainProgram(p, profile, domainCategory)).sort(rank);
  return {
    eligible: matches.filter((m) => m.group === 'eligible'),
    check: matches.filter((m) => m.group === 'check'),
    notEligible: matches.filter((m) => m.group === 'notEligible'),
  };
}

export interface FrameworkMatch {
  framework: Framework;
  reason: Reason;
}

/** Certification and declaration schemes this organisation can join, or may be able to (要確認). */
export function matchFrameworks(catalog: Pick<Catalog, 'frameworks'>, profile: Profile): FrameworkMatch[] {
  return catalog.frameworks
    .map((framework) => ({ framework, reason: orgReason(framework.eligibility, profile) }))
    .filter((m) => m.reason.verdict !== 'not-met')
    .sort((a, b) => (a.reason.verdict === 'matched' ? 0 : 1) - (b.reason.verdict === 'matched' ? 0 : 1));
}
