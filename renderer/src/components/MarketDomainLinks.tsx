import { Link } from 'react-router';
import { useMarketDomains } from '../db/market-domains-repository';
import { useI18n } from '../i18n/i18n';
import { marketDomainLabel } from './program-display';

export function MarketDomainLinks({ domains }: { domains: number[] }) {
  const { t, locale } = useI18n();
  const all = useMarketDomains();
  if (domains.length === 0) return <span className="none">{t('value.none')}</span>;
  const names = new Map(all?.map((d) => [d.id, d.name]));
  return (
    <ul className="badges">
      {domains.map((domain) => (
        <li key={domain} className="badge">
          <Link to={`/market-domains/${domain}`}>{marketDomainLabel(domain, names.get(domain), locale)}</Link>
        </li>
      ))}
    </ul>
  );
}
