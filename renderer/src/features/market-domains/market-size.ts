import { circledDomain } from '../../../../shared/catalog/market-domain';
import type { MarketDomain } from '../../../../shared/catalog/market-domain';
import type { Translate } from '../../i18n/i18n';

/** "53.3兆円（2030年）← 32.5兆円（2018年）", with the scope when the figure covers several domains. */
export function describeMarketSize(size: NonNullable<MarketDomain['marketSize']>, t: Translate): string {
  const year = (y: number | null) => (y === null ? t('year.unknown') : `${y}`);
  const figures = `${size.target.text}（${year(size.target.year)}）← ${size.current.text}（${year(size.current.year)}）`;
  if (size.scope.length === 1) return figures;
  return `${figures} ${t('domain.marketSizeScope', { domains: size.scope.map(circledDomain).join('') })}`;
}
