import { useLiveQuery } from 'dexie-react-hooks';
import type { Community } from '../../../shared/catalog/community';
import { db } from './db';

/** Certified first, then registered, then candidates; Japanese name order within each. */
const STATUS_ORDER: Record<Community['status'], number> = { 認定: 0, 登録: 1, 候補: 2 };
const byName = new Intl.Collator('ja');

export async function listCommunities(): Promise<Community[]> {
  const rows = await db.communities.toArray();
  return rows.sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName.compare(a.name, b.name),
  );
}

export function useCommunities(): Community[] | undefined {
  return useLiveQuery(listCommunities, []);
}

export function useCommunity(id: string): Community | null | undefined {
  return useLiveQuery(async () => (await db.communities.get(id)) ?? null, [id]);
}

export function useCommunitiesInDomain(domain: number): Community[] | undefined {
  return useLiveQuery(() => db.communities.where('marketDomains').equals(domain).sortBy('name'), [domain]);
}
