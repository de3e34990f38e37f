import { gloss } from '../../../../shared/vocabulary/glossary';
import type { MarketDomain } from '../../../../shared/catalog/market-domain';
import { circledDomain } from '../../../../shared/catalog/market-domain';
import { marketSizeRows, type MarketSizeRow } from '../../../../shared/charts/market-sizes';
import { useI18n, type Locale, type Translate } from '../../i18n/i18n';
import { BarChart } from './BarChart';
import type { BarGroup } from './chart-model';
import { ChartFigure } from './ChartFigure';

type Figure = MarketSizeRow['current'];
const TRILLION = 1e12;
const NUMBER = { ja: new Intl.NumberFormat('ja-JP'), en: new Intl.NumberFormat('en-US') };

/** 41.4兆円 as printed in Japanese; ¥41.4 trillion in English. */
const figureText = (figure: Figure, locale: Locale) =>
  locale === 'ja' ? figure.text : `¥${NUMBER.en.format(figure.amountYen / TRILLION)} trillion`;

const yearText = (year: number | null, locale: Locale, t: Translate) =>
  year === null ? t('year.unknown') : locale === 'ja' ? `${year}年` : String(year);

const scopeLabel = (row: MarketSizeRow, locale: Locale) =>
  `${row.scope.map(circledDomain).join('')} ${row.names.map((name) => gloss('market-domain', name, locale)).join(locale === 'ja' ? '・' : ' / ')}`;

/**
 * The market domains' current and target sizes with the years the bio strategy gives. A figure
 * that covers several domains (①②⑦) is drawn once, under all their numbers.
 */
export default function MarketSizeChart({ domains }: { domains: MarketDomain[] }) {
  const { t, locale } = useI18n();
  const rows = marketSizeRows(domains);
  if (rows.length === 0) return null;
  const groups: BarGroup[] = rows.map((row) => {
    const key = row.scope.join('-');
    const bar = (which: 'current' | 'target') => {
      const figure = row[which];
      const label = t(`market.chart.${which}`, { year: yearText(figure.year, locale, t) });
      return {
        id: `${key}-${which}`,
        label,
        segments: [{ value: figure.amountYen, style: which }],
        valueLabel: figureText(figure, locale),
        description: `${scopeLabel(row, locale)} ${label}: ${figureText(figure, locale)}`,
        href: `/market-domains/${row.scope[0]}`,
      };
    };
    return { id: key, label: scopeLabel(row, locale), rows: [bar('current'), bar('target')] };
  });
  const shared = rows.filter((r) => r.scope.length > 1);
  return (
    <ChartFigure
      title={t('market.chart.title')}
      summary={[
        t('market.chart.summary', { count: rows.length }),
        ...shared.map((r) => t('market.chart.shared', { domains: r.scope.map(circledDomain).join('') })),
      ].join(' ')}
      legend={[
        { style: 'current', label: t('chart.legend.current') },
        { style: 'target', label: t('chart.legend.target') },
      ]}
      note={t('market.chart.note')}
      chart={
        <BarChart
          groups={groups}
          label={t('market.chart.title')}
          axis={{
            formatTick: (value) => NUMBER[locale].format(value / TRILLION),
            unit: t('market.chart.unit'),
          }}
        />
      }
      table={<MarketTable rows={rows} />}
    />
  );
}

function MarketTable({ rows }: { rows: MarketSizeRow[] }) {
  const { t, locale } = useI18n();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('domain.name')}</th>
          <th scope="col">{t('market.table.current')}</th>
          <th scope="col">{t('market.table.target')}</th>
          <th scope="col">{t('market.table.note')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.scope.join('-')}>
            <th scope="row">{scopeLabel(row, locale)}</th>
            <td className="number">
              {figureText(row.current, locale)}（{yearText(row.current.year, locale, t)}）
            </td>
            <td className="number">
              {figureText(row.target, locale)}（{yearText(row.target.year, locale, t)}）
            </td>
            <td>{row.note ?? t('value.none')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
