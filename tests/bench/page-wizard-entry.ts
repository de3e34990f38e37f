// Bundled by bench:wizard-ui and loaded into the app page, to time the engine on the UI thread.
import type { Catalog } from '../../shared/catalog/catalog';
import { matchFrameworks, matchPrograms } from '../../shared/matching/match-programs';
import { readProfileParams, type Profile } from '../../shared/matching/profile';
import { relatedCommunities } from '../../shared/matching/related-communities';

export const profileFromParams = (params: URLSearchParams) => readProfileParams(params).profile;

/** Everything the result page shows, as the page worked it out before the worker. */
export function matchAll(
  catalog: Pick<Catalog, 'programs' | 'communities' | 'marketDomains' | 'frameworks'>,
  profile: Profile,
  today: string,
) {
  return {
    programs: matchPrograms(catalog, profile, { today }),
    frameworks: matchFrameworks(catalog, profile),
    communities: relatedCommunities(catalog, profile),
  };
}
