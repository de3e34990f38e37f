import { useLiveQuery } from 'dexie-react-hooks';
import type { MarketDomain } from '../../../shared/catalog/market-domain';
import { db } from './db';

export function useMarketDomains(): MarketDomain[] | undefined {
  return useLiveQuery(() => db.marketDomains.orderBy('id').toArray(), []);
}

export function useMarketDomain(id: number): MarketDomain | null | undefined {
  return useLiveQuery(async () => (await db.marketDomains.get(id)) ?? null, [id]);
}
