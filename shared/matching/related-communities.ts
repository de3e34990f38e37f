import type { Catalog } from '../catalog/catalog';
import type { Community } from '../catalog/community';
import { regionOf } from '../geo/prefectures';
import type { Profile } from './profile';
import { CATEGORY_THEMES, domainOfTheme, type CategoryTheme } from './vocabulary';

export type CommunityLink = 'same-prefecture' | 'same-region' | 'shared-domains';

export interface CommunityMatch {
  community: Community;
  links: CommunityLink[];
  sharedDomains: number[];
}

/**
 * Bio communities worth a phone call for this profile: every one that covers a member's
 * prefecture, those in the same region, and those working on the market domains the profile is
 * interested in. Closest first.
 */
export function relatedCommunities(
  catalog: Pick<Catalog, 'communities' | 'marketDomains'>,
  profile: Profile,
): CommunityMatch[] {
  const own = profile.members.map((m) => m.prefecture).filter((p): p is string => p !== null);
  const regions = new Set(own.map(regionOf));
  const categories = new Set(
    profile.themes
      .filter((t): t is CategoryTheme => t in CATEGORY_THEMES)
      .map((t) => CATEGORY_THEMES[t] as string),
  );
  const domains = new Set([
    ...profile.themes.map(domainOfTheme).filter((d): d is number => d !== null),
    ...catalog.marketDomains.filter((d) => categories.has(d.category)).map((d) => d.id),
  ]);
  const weight: Record<CommunityLink, number> = {
    'same-prefecture': 4,
    'same-region': 2,
    'shared-domains': 1,
  };
  return catalog.communities
    .map((community) => {
      const links: CommunityLink[] = [];
      const prefectures = community.prefectures.map((p) => p.name);
      if (own.some((p) => prefectures.includes(p))) links.push('same-prefecture');
      else if (prefectures.some((p) => regions.has(regionOf(p)))) links.push('same-region');
      const sharedDomains = community.marketDomains.filter((d) => domains.has(d));
      if (sharedDomains.length) links.push('shared-domains');
      return { community, links, sharedDomains };
    })
    .filter((m) => m.links.length > 0)
    .sort(
      (a, b) =>
        b.links.reduce((s, l) => s + weight[l], 0) - a.links.reduce((s, l) => s + weight[l], 0) ||
        b.sharedDomains.length - a.sharedDomains.length ||
        (a.community.id < b.community.id ? -1 : 1),
    );
}
