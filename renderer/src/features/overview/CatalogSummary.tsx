import { PublisherName } from '../../components/PublisherName';
import type { CatalogMetaRow } from '../../db/db';
import type { Facet } from '../../../../shared/search/facets';
import type { MarketDomain } from '../../../../shared/catalog/market-domain';
import { formatDate, formatFiscalYear } from '../../../../shared/format/dates';
import { useI18n } from '../../i18n/i18n';
import { facetValueLabel } from '../catalog/facet-labels';
import { listStateToParams, type ListState } from '../catalog/search-params';
import { useProgramSearch } from '../catalog/useProgramSearch';
import { CountBars, type CountBar } from './CountBars';

const WHOLE_CATALOG: ListState = { query: '', filters: {}, sort: 'relevance' };
const NO_DOMAINS = new Map<number, MarketDomain>();
/** Values that mean "the documents do not say": listed last, whatever their count. */
const UNSTATED = new Set(['(要確認)', '(記載なし)']);

/**
 * What the catalog holds, counted by the same search index the program list filters with, so a
 * bar's count is exactly what its link lists, and a national catalog is counted off the page's thread.
 */
export function CatalogSummary({ meta }: { meta: CatalogMetaRow | undefined }) {
  const { t, locale, formatCount } = useI18n();
  // The facet counts of a reply arrive a task after its rows (see useProgramSearch).
  const { search, facets: counts } = useProgramSearch(WHOLE_CATALOG, 0);
  if (!search || !counts) return <p aria-busy="true">{t('loading')}</p>;
  const years = [...counts.fiscalYear.keys()].map(Number).sort((a, b) => a - b);
  const bars = (facet: Facet): CountBar[] =>
    [...counts[facet]]
      .sort(([a, x], [b, y]) => Number(UNSTATED.has(a)) - Number(UNSTATED.has(b)) || y - x)
      .map(([value, count]) => ({
        key: value,
        label: facetValueLabel(facet, value, t, NO_DOMAINS, locale),
        count,
        unstated: UNSTATED.has(value),
        to: `/programs?${listStateToParams({ ...WHOLE_CATALOG, filters: { [facet]: [value] } }).toString()}`,
      }));

  return (
    <section className="catalog-summary" aria-labelledby="catalog-summary-heading">
      <h2 id="catalog-summary-heading">{t('overview.catalog')}</h2>
      <dl className="stat-tiles">
        <div className="stat-tile">
          <dt>{t('overview.stat.programs')}</dt>
          <dd>
            <span className="stat-value">{formatCount(search.indexed)}</span>
          </dd>
        </div>
        <div className="stat-tile">
          <dt>{t('overview.stat.newCalls')}</dt>
          <dd>
            <span className="stat-value">{formatCount(counts.newCalls.get('有') ?? 0)}</span>
            <span className="stat-note">{t('overview.stat.newCallsHelp')}</span>
          </dd>
        </div>
        {years.length > 0 && (
          <div className="stat-tile">
            <dt>{t('overview.stat.years')}</dt>
            <dd>
              <span className="stat-value stat-value-text">
                {t('overview.yearsRange', {
                  from: formatFiscalYear(years[0]!, locale),
                  to: formatFiscalYear(years.at(-1)!, locale),
                })}
              </span>
            </dd>
          </div>
        )}
        {meta && (
          <div className="stat-tile">
            <dt>{t('overview.stat.asOf')}</dt>
            <dd>
              <span className="stat-value stat-value-text">{formatDate(meta.asOf, locale)}</span>
              <PublisherName className="stat-note" name={meta.publisher} />
            </dd>
          </div>
        )}
      </dl>
      <div className="summary-charts">
        <CountBars
          id="by-ministry"
          caption={t('overview.byMinistry')}
          labelHeader={t('list.column.ministry')}
          bars={bars('ministry')}
        />
        <CountBars
          id="by-instrument"
          caption={t('overview.byInstrument')}
          labelHeader={t('detail.instruments')}
          bars={bars('instrument')}
        />
      </div>
      <p className="help">{t('overview.barsHelp')}</p>
    </section>
  );
}
