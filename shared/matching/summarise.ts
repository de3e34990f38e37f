import type { Catalog } from '../catalog/catalog';
import { applicantLabel } from '../vocabulary/applicant-types';
import { matchFrameworks, matchPrograms, type MemberFit, type ProgramMatch } from './match-programs';
import { isTeam, type Profile } from './profile';
import type { Reason } from './reason-codes';
import { reasonText } from './reason-text';
import { relatedCommunities } from './related-communities';

type Locale = 'ja' | 'en';

/**
 * A match result as plain data: what `npm run match -- --json` prints and what tests compare.
 * Reasons keep their code and params beside the words, so a script can use either.
 */
export function summariseMatch(
  catalog: Catalog,
  profile: Profile,
  options: { locale: Locale; today: string },
) {
  const { locale, today } = options;
  const team = isTeam(profile);
  const words = (r: Reason) => ({
    criterion: r.criterion,
    verdict: r.verdict,
    code: r.code,
    params: r.params,
    text: reasonText(r, locale),
    quote: r.quote,
  });
  const members = (fits: MemberFit[]) =>
    fits.map((f) => ({
      index: f.index,
      lead: f.index === 0,
      org: f.member.org,
      prefecture: f.member.prefecture,
      canApply: f.canApply,
      reasons: [f.org, ...(f.region ? [f.region] : [])].map(words),
    }));
  const programs = (list: ProgramMatch[]) =>
    list.map((m) => ({
      id: m.program.id,
      name: m.program.name,
      status: m.program.status.value,
      noNewCalls: m.noNewCalls,
      heldBackBy: m.heldBackBy,
      ended: m.ended,
      reasons: m.reasons.map(words),
      evidence: m.evidence.map((e) => ({ ids: e.ids, ...e.source })),
      ...(team && { members: members(m.members) }),
    }));
  const result = matchPrograms(catalog, profile, { today });
  return {
    profile: {
      team,
      members: profile.members.map((m, i) => ({
        org: m.org,
        label: applicantLabel(m.org, locale),
        prefecture: m.prefecture,
        lead: i === 0,
      })),
      themes: profile.themes,
      needs: profile.needs,
      stage: profile.stage,
      openOnly: profile.openOnly,
    },
    today,
    eligible: programs(result.eligible),
    check: programs(result.check),
    notEligible: programs(result.notEligible),
    ended: programs(result.ended),
    hidden: result.hidden.map((m) => ({ id: m.program.id, name: m.program.name, group: m.group })),
    callsAsOf: result.callsAsOf,
    frameworks: matchFrameworks(catalog, profile).map((m) => ({
      id: m.framework.id,
      name: m.framework.name,
      group: m.group,
      reasons: m.reasons.map(words),
      ...(team && { members: members(m.members) }),
    })),
    communities: relatedCommunities(catalog, profile).map((m) => ({
      id: m.community.id,
      name: m.community.name,
      links: m.links,
      networkInstitution: m.community.networkInstitution,
      contacts: m.community.contacts.map((c) => c.printed),
    })),
  };
}
export type MatchSummary = ReturnType<typeof summariseMatch>;
