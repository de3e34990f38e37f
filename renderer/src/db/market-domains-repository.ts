import { useLiveQuery } from 'dexie-react-hooks';
import type { MarketDomain } from '../../../shared/catalog/market-domain';
import { db } from './db';

export function useMarketDomains(): MarketDomain[] | undefined {
  return useLiveQuery(() => db.marketDomains.orderBy('id').toArray(), []);
}

/**
 * A market domain's number from the address, or null. `Number('NaN')` and `Number('__proto__')`
 * are NaN, which IndexedDB refuses as a key (a thrown DataError, not a miss): only digits pass.
 */
export function parseMarketDomainId(text: string): number | null {
  return /^\d{1,4}$/.test(text) ? Number(text) : null;
}

/** undefined while loading, null when there is no such domain (or no valid number). */
export function useMarketDomain(id: number | null): MarketDomain | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await db.marketDomains.get(id)) ?? null)), [id]);
}
