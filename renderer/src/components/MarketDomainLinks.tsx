import { Link } from 'react-router';
import { useMarketDomains } from '../db/market-domains-repository';
import { useI18n } from '../i18n/i18n';

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];
export const circled = (domain: number) => CIRCLED[domain - 1] ?? String(domain);

export function MarketDomainLinks({ domains }: { domains: number[] }) {
  const { t } = useI18n();
  const all = useMarketDomains();
  if (domains.length === 0) return <span className="none">{t('value.none')}</span>;
  const names = new Map(all?.map((d) => [d.id, d.name]));
  return (
    <ul className="badges">
      {domains.map((domain) => (
        <li key={domain} className="badge">
          <Link to={`/market-domains/${domain}`}>
            {circled(domain)} {names.get(domain) ?? ''}
          </Link>
        </li>
      ))}
    </ul>
  );
}
