import { circledDomain } from '../../../../shared/catalog/market-domain';
import type { MarketDomain } from '../../../../shared/catalog/market-domain';
import type { Locale, Translate } from '../../i18n/i18n';

type Figure = NonNullable<MarketDomain['marketSize']>['target'];

const TRILLIONS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Japanese as printed (53.3兆円); English in trillions of yen, as English summaries of the strategy write it. */
function figureText(figure: Figure, locale: Locale): string {
  return locale === 'ja' ? figure.text : `¥${TRILLIONS.format(figure.amountYen / 1e12)} trillion`;
}

/** "53.3兆円（2030）← 32.5兆円（2018）", with the scope when the figure covers several domains. */
export function describeMarketSize(
  size: NonNullable<MarketDomain['marketSize']>,
  t: Translate,
  locale: Locale,
): string {
  const part = (figure: Figure) => {
    const year = figure.year === null ? t('year.unknown') : `${figure.year}`;
    return locale === 'ja'
      ? `${figureText(figure, locale)}（${year}）`
      : `${figureText(figure, locale)} (${year})`;
  };
  const figures = `${part(size.target)}${locale === 'ja' ? '← ' : ' ← '}${part(size.current)}`;
  if (size.scope.length === 1) return figures;
  return `${figures} ${t('domain.marketSizeScope', { domains: size.scope.map(circledDomain).join('') })}`;
}
