import { Link } from 'react-router';
import { MarketSizeChart } from '../../components/charts/lazy-charts';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useMarketDomains } from '../../db/market-domains-repository';
import { useI18n } from '../../i18n/i18n';
import { describeMarketSize } from './market-size';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { marketDomainLabel } from '../../components/program-display';

export function MarketDomainListPage() {
  const { t, locale } = useI18n();
  const domains = useMarketDomains();
  useDocumentTitle(t('domain.listHeading'));
  if (!domains) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <section aria-labelledby="domains-heading">
      <h1 id="domains-heading">{t('domain.listHeading')}</h1>
      <p className="intro">{t('domain.listIntro')}</p>
      <MarketSizeChart domains={domains} />
      <table className="domain-table">
        <thead>
          <tr>
            <th scope="col">{t('domain.name')}</th>
            <th scope="col">{t('domain.category')}</th>
            <th scope="col">{t('domain.leadMinistry')}</th>
            <th scope="col">{t('domain.marketSize')}</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((domain) => (
            <tr key={domain.id} data-domain-id={domain.id}>
              <th scope="row">
                <Link to={`/market-domains/${domain.id}`}>
                  {marketDomainLabel(domain.id, domain.name, locale)}
                </Link>
              </th>
              <td>{gloss('category', domain.category, locale)}</td>
              <td>{gloss('ministry', domain.leadMinistry, locale)}</td>
              <td>
                {domain.marketSize ? describeMarketSize(domain.marketSize, t, locale) : t('value.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
