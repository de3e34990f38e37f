import type { Catalog } from '../catalog/catalog';
import { matchFrameworks, matchPrograms, type ProgramMatch } from './match-programs';
import type { Profile } from './profile';
import { reasonText } from './reason-text';
import { relatedCommunities } from './related-communities';

/** A match result as plain data: what `npm run match -- --json` prints and what tests compare. */
export function summariseMatch(catalog: Catalog, profile: Profile, locale: 'ja' | 'en' = 'ja') {
  const programs = (list: ProgramMatch[]) =>
    list.map((m) => ({
      id: m.program.id,
      name: m.program.name,
      status: m.program.status.value,
      movedByOpenOnly: m.movedByOpenOnly,
      reasons: m.reasons.map((r) => ({
        criterion: r.criterion,
        verdict: r.verdict,
        text: reasonText(r, locale),
        quote: r.quote?.quote ?? null,
      })),
    }));
  const result = matchPrograms(catalog, profile);
  return {
    profile,
    eligible: programs(result.eligible),
    check: programs(result.check),
    notEligible: programs(result.notEligible),
    frameworks: matchFrameworks(catalog, profile).map((m) => ({
      id: m.framework.id,
      name: m.framework.name,
      verdict: m.reason.verdict,
      text: reasonText(m.reason, locale),
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
