import type { Catalog } from '../catalog/catalog';
import type { Consortium } from '../catalog/consortium';
import type { Framework } from '../catalog/framework';
import type { EligibilityEntry, Program } from '../catalog/program';
import type { RegionFact } from '../catalog/region';
import type { SourceRef } from '../catalog/sources';
import { fiscalYearOf } from '../format/dates';
import { orgFit, type OrgReason } from './applicant-fit';
import { consortiumFit } from './consortium-fit';
import { isTeam, type Member, type Profile } from './profile';
import { reason, type Criterion, type Reason } from './reason-codes';
import { regionFit } from './region-fit';
import { needReason, themeReason } from './topic-fit';

/** The three groups of the wizard, and programs that have ended (shown apart, for reference). */
export type Group = 'eligible' | 'check' | 'notEligible' | 'ended';
export const GROUPS = ['eligible', 'check', 'notEligible', 'ended'] as const satisfies readonly Group[];

/** One source quote and the quote ids (Reason.quote) that point to it. */
export interface Evidence {
  ids: string[];
  source: SourceRef;
}

/** How one member of the profile stands towards a record. */
export interface MemberFit {
  index: number;
  member: Member;
  org: OrgReason;
  region: Extract<Reason, { criterion: 'region' }> | null;
  /** yes: the source names its type and nothing about place holds it back; no: the source leaves it out. */
  canApply: 'yes' | 'maybe' | 'no';
}

export interface ProgramMatch {
  program: Program;
  group: Group;
  /** "Open only" was asked and the program has no known open call: hidden, but counted. */
  hidden: boolean;
  reasons: Reason[];
  /** The source quotes the reasons rest on, each once, in the order first used. */
  evidence: Evidence[];
  members: MemberFit[];
  /** Criteria that kept a program whose source names the applicant out of 対象. */
  heldBackBy: Criterion[];
  /** New calls 無 in the last year the documents cover. */
  noNewCalls: boolean;
  /** For ended programs: the fiscal year it ended, or the year of the last document mentioning it. */
  ended: { fiscalYear: number; by: 'period' | 'status' | 'last-mention' } | null;
}

export interface MatchResult {
  eligible: ProgramMatch[];
  check: ProgramMatch[];
  notEligible: ProgramMatch[];
  ended: ProgramMatch[];
  /** Only with "open only": every program without a known open call, whatever its group. */
  hidden: ProgramMatch[];
  /**
   * The fiscal years, before today's, of the call information (新規採択 有/無) the shown programs'
   * status rests on: the result must say that calls are as of then and need confirming.
   */
  callsAsOf: number[];
}

export interface MatchOptions {
  /** Today (YYYY-MM-DD): a 事業期間 ending before this fiscal year is over. */
  today: string;
}

interface Context {
  domainCategory: Map<number, string>;
  fiscalYear: number;
}

/** Every member against a record's applicants and regions; the best placed first, the lead on ties. */
export function memberFits(
  record: { eligibility: EligibilityEntry[]; regions: RegionFact[] },
  profile: Profile,
) {
  const rank = { yes: 0, maybe: 1, no: 2 } as const;
  // A catalog installed before regions were recorded has none on its rows: read as "none stated".
  const regions = record.regions ?? [];
  const fits = profile.members.map((member, index): MemberFit => {
    const org = orgFit(record.eligibility, member.org);
    const region = regionFit(regions, member.prefecture);
    const canApply =
      org.verdict === 'not-met' ? 'no' : org.verdict === 'matched' && !region.holdsBack ? 'yes' : 'maybe';
    return { index, member, org, region: region.reason, canApply };
  });
  const best = [...fits].sort((a, b) => rank[a.canApply] - rank[b.canApply] || a.index - b.index)[0]!;
  return { fits, best };
}

const DOUBTFUL = new Set(['org-unnamed-child', 'org-broader', 'org-may-be', 'org-inferred']);

/** Who of a team could apply: the lead, another member, perhaps someone, or no one. */
function teamReason(fits: MemberFit[]): Reason | null {
  const types = (list: MemberFit[]) => [...new Set(list.map((f) => f.member.org))] as [string, ...string[]];
  if (fits[0]!.canApply === 'yes') return reason('team-lead', { org: fits[0]!.member.org });
  const yes = fits.filter((f) => f.canApply === 'yes');
  if (yes.length) return reason('team-other-member', { types: types(yes) });
  const maybe = fits.filter(
    (f) => f.canApply === 'maybe' && (f.org.verdict === 'matched' || DOUBTFUL.has(f.org.code)),
  );
  if (maybe.length) return reason('team-maybe', { types: types(maybe) });
  if (fits.every((f) => f.canApply === 'no')) return reason('team-none', {});
  return null;
}

function statusFit(program: Program, fiscalYear: number) {
  const asOf = program.status.asOf.year;
  const end = program.periodEnd ?? null;
  if (end && end.fiscalYear.year < fiscalYear) {
    return {
      reason: reason('status-period-over', { fiscalYear: end.fiscalYear.year }, 'periodEnd'),
      ended: { fiscalYear: end.fiscalYear.year, by: 'period' as const },
    };
  }
  switch (program.status.value) {
    case 'historical':
      return {
        reason: reason('status-historical', { fiscalYear: asOf }),
        ended: { fiscalYear: asOf, by: 'last-mention' as const },
      };
    case 'ended':
      return {
        reason: reason('status-ended', { fiscalYear: asOf }),
        ended: { fiscalYear: asOf, by: 'status' as const },
      };
    case 'unknown':
      return { reason: reason('status-unknown', { fiscalYear: asOf }), ended: null, holdsBack: true };
    case 'active': {
      const calls = program.newCalls;
      if (!calls) return { reason: reason('status-no-call-info', { fiscalYear: asOf }), ended: null };
      const params = { fiscalYear: calls.fiscalYear.year };
      // A call from an earlier fiscal year's document says nothing certain about this year's.
      const current = calls.fiscalYear.year >= fiscalYear;
      return calls.value === '有'
        ? {
            reason: reason(current ? 'status-open' : 'status-open-as-of', params, 'newCalls'),
            ended: null,
            open: true,
          }
        : {
            reason: reason('status-no-new-calls', params, 'newCalls'),
            ended: null,
            holdsBack: true,
            noNewCalls: true,
          };
    }
  }
}

/** The source a quote id points to: "eligibility.0", "regions.1", "consortium", "newCalls" ... */
export function quoteSource(record: object, id: string): SourceRef | null {
  let value: unknown = record;
  for (const key of id.split('.')) value = (value as Record<string, unknown> | null)?.[key];
  return (value as { source?: SourceRef } | undefined)?.source ?? null;
}

/** The distinct quotes behind the reasons; two fields printed from one table row share one entry. */
function evidenceOf(record: object, reasons: Reason[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const id of reasons.map((r) => r.quote)) {
    const source = id === null ? null : quoteSource(record, id);
    if (!source || id === null) continue;
    const same = evidence.find((e) => e.source.file === source.file && e.source.quote === source.quote);
    if (!same) evidence.push({ ids: [id], source });
    else if (!same.ids.includes(id)) same.ids.push(id);
  }
  return evidence;
}

function teamReasons(record: { consortium: Consortium | null }, profile: Profile, fits: MemberFit[]) {
  const consortium = consortiumFit(
    record.consortium ?? null,
    profile.members.map((m) => m.org),
    isTeam(profile),
  );
  const reasons = [isTeam(profile) ? teamReason(fits) : null, consortium.reason];
  return { reasons: reasons.filter((r): r is Reason => r !== null), holdsBack: consortium.holdsBack };
}

export function explainProgram(program: Program, profile: Profile, context: Context): ProgramMatch {
  const { fits, best } = memberFits(program, profile);
  const team = teamReasons(program, profile, fits);
  const status = statusFit(program, context.fiscalYear);
  const reasons: Reason[] = [
    best.org,
    ...team.reasons,
    themeReason(program, profile, context.domainCategory),
    needReason(program, profile),
    profile.stage ? reason('stage-unknown', {}) : null,
    best.region,
    status.reason,
  ].filter((r): r is Reason => r !== null);

  const heldBackBy: Criterion[] = [];
  if (best.org.verdict === 'matched') {
    if (best.canApply !== 'yes') heldBackBy.push('region');
    if (team.holdsBack) heldBackBy.push('team');
    if ('holdsBack' in status && status.holdsBack) heldBackBy.push('status');
  }
  let group: Group =
    best.canApply === 'yes' ? 'eligible' : best.canApply === 'maybe' ? 'check' : 'notEligible';
  if (status.ended) group = 'ended';
  else if (group === 'eligible' && heldBackBy.length) group = 'check';
  return {
    program,
    group,
    hidden: profile.openOnly && !('open' in status && status.open),
    reasons,
    evidence: evidenceOf(program, reasons),
    members: fits,
    heldBackBy: group === 'ended' ? [] : heldBackBy,
    noNewCalls: 'noNewCalls' in status && status.noNewCalls === true,
    ended: status.ended,
  };
}

/** Best fit first: more criteria matched, stated over inferred, open over closed; then by id. */
function rank(a: ProgramMatch, b: ProgramMatch): number {
  const count = (m: ProgramMatch, verdict: Reason['verdict']) =>
    m.reasons.filter((r) => r.verdict === verdict).length;
  const stated = (m: ProgramMatch) => (m.reasons[0]?.verdict === 'matched' ? 1 : 0);
  const open = (m: ProgramMatch) =>
    m.reasons.at(-1)?.code === 'status-open' || m.reasons.at(-1)?.code === 'status-open-as-of' ? 1 : 0;
  return (
    count(b, 'matched') - count(a, 'matched') ||
    stated(b) - stated(a) ||
    open(b) - open(a) ||
    count(a, 'not-met') - count(b, 'not-met') ||
    (a.program.id < b.program.id ? -1 : a.program.id > b.program.id ? 1 : 0)
  );
}

/**
 * The whole catalog, grouped honestly and explained: nothing is dropped, every program lands in
 * exactly one of the lists (with "open only", programs without a known open call are `hidden`).
 * A pure function of its arguments, so it can run in a worker.
 */
export function matchPrograms(
  catalog: Pick<Catalog, 'programs' | 'marketDomains'>,
  profile: Profile,
  options: MatchOptions,
): MatchResult {
  const context: Context = {
    domainCategory: new Map(catalog.marketDomains.map((d) => [d.id, d.category as string])),
    fiscalYear: fiscalYearOf(options.today) ?? 0,
  };
  const matches = catalog.programs.map((p) => explainProgram(p, profile, context)).sort(rank);
  const shown = matches.filter((m) => !m.hidden);
  const callYears = shown
    .filter((m) => m.group !== 'ended')
    .map((m) => m.program.newCalls?.fiscalYear.year)
    .filter((year): year is number => year !== undefined && year < context.fiscalYear);
  return {
    eligible: shown.filter((m) => m.group === 'eligible'),
    check: shown.filter((m) => m.group === 'check'),
    notEligible: shown.filter((m) => m.group === 'notEligible'),
    ended: shown.filter((m) => m.group === 'ended'),
    hidden: matches.filter((m) => m.hidden),
    callsAsOf: [...new Set(callYears)].sort((a, b) => a - b),
  };
}

export interface FrameworkMatch {
  framework: Framework;
  group: Exclude<Group, 'notEligible' | 'ended'>;
  reasons: Reason[];
  evidence: Evidence[];
  members: MemberFit[];
}

/** Certification and declaration schemes this organisation or team can join, or may be able to (要確認). */
export function matchFrameworks(catalog: Pick<Catalog, 'frameworks'>, profile: Profile): FrameworkMatch[] {
  return catalog.frameworks
    .flatMap((framework): FrameworkMatch[] => {
      const { fits, best } = memberFits(framework, profile);
      if (best.canApply === 'no') return [];
      const team = teamReasons(framework, profile, fits);
      const reasons = [best.org, ...team.reasons, best.region].filter((r): r is Reason => r !== null);
      const group = best.canApply === 'yes' && !team.holdsBack ? 'eligible' : 'check';
      return [{ framework, group, reasons, evidence: evidenceOf(framework, reasons), members: fits }];
    })
    .sort((a, b) => (a.group === 'eligible' ? 0 : 1) - (b.group === 'eligible' ? 0 : 1));
}
