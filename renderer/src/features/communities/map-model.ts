import type { Community } from '../../../../shared/catalog/community';
import { JAPAN_MAP } from '../../../../shared/geo/japan-map';
import { PREFECTURES, type Prefecture } from '../../../../shared/geo/prefectures';

export interface CommunityMarker {
  community: Community;
  prefecture: Prefecture;
  x: number;
  y: number;
  /** Only the first of a community's markers carries its name on the map. */
  labelled: boolean;
}

const LABELS = new Map(JAPAN_MAP.prefectures.map((p) => [p.name, p.label]));
const SPREAD = 9;

/** The communities in each prefecture, as the catalog states or infers it. */
export function communitiesByPrefecture(communities: Community[]): Map<Prefecture, Community[]> {
  const byPrefecture = new Map<Prefecture, Community[]>();
  for (const community of communities) {
    for (const { name } of community.prefectures) {
      if (!isPrefecture(name)) continue;
      byPrefecture.set(name, [...(byPrefecture.get(name) ?? []), community]);
    }
  }
  return byPrefecture;
}

/** A marker per community and prefecture, side by side where a prefecture has several. */
export function communityMarkers(communities: Community[]): CommunityMarker[] {
  const named = new Set<string>();
  return [...communitiesByPrefecture(communities)].flatMap(([prefecture, here]) => {
    const [x, y] = LABELS.get(prefecture)!;
    return here.map((community, i) => {
      const labelled = !named.has(community.id);
      named.add(community.id);
      return { community, prefecture, x: x + (i - (here.length - 1) / 2) * SPREAD, y, labelled };
    });
  });
}

export const isPrefecture = (value: string | null): value is Prefecture =>
  value !== null && (PREFECTURES as readonly string[]).includes(value);
