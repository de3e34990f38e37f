import type { MarketDomain } from '../catalog/market-domain';

type MarketSize = NonNullable<MarketDomain['marketSize']>;

/** One market-size figure as the bio strategy prints it, for one domain or several together. */
export interface MarketSizeRow {
  /** The domains the figure covers (①②⑦ share one figure): drawn once, never once per domain. */
  scope: number[];
  names: string[];
  target: MarketSize['target'];
  current: MarketSize['current'];
  note: string | null;
}

/** The market-size figures, one row per distinct figure, in the strategy's domain order. */
export function marketSizeRows(domains: Pick<MarketDomain, 'id' | 'name' | 'marketSize'>[]): MarketSizeRow[] {
  const byScope = new Map<string, MarketSizeRow>();
  const names = new Map(domains.map((d) => [d.id, d.name]));
  for (const domain of [...domains].sort((a, b) => a.id - b.id)) {
    const size = domain.marketSize;
    if (!size) continue;
    const scope = [...size.scope].sort((a, b) => a - b);
    const key = scope.join(',');
    if (byScope.has(key)) continue;
    byScope.set(key, {
      scope,
      names: scope.map((id) => names.get(id) ?? String(id)),
      target: size.target,
      current: size.current,
      note: size.note,
    });
  }
  return [...byScope.values()];
}
