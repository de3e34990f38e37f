import { Link, useParams } from 'react-router';
import type { MarketDomain } from '../../../../shared/catalog/market-domain';
import { DetailLayout, DetailSection, RecordGate, TextList } from '../../components/DetailLayout';
import { useCommunitiesInDomain } from '../../db/communities-repository';
import { parseMarketDomainId, useMarketDomain } from '../../db/market-domains-repository';
import { useI18n } from '../../i18n/i18n';
import { SourceList } from '../../components/SourceList';
import { describeMarketSize } from './market-size';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { marketDomainLabel } from '../../components/program-display';
import { echoed } from '../../components/echo';

export function MarketDomainDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <RecordGate
      value={useMarketDomain(parseMarketDomainId(id))}
      notFound={t('notFound.marketDomain', { id: echoed(id) })}
      backTo="/market-domains"
      backLabel={t('domain.listHeading')}
    >
      {(domain) => <MarketDomainDetail domain={domain} />}
    </RecordGate>
  );
}

function MarketDomainDetail({ domain }: { domain: MarketDomain }) {
  const { t, locale } = useI18n();
  const communities = useCommunitiesInDomain(domain.id);
  return (
    <DetailLayout
      kind={t('detail.kind.marketDomain')}
      title={marketDomainLabel(domain.id, domain.name, locale)}
      translatedTitle={locale === 'en'}
      backTo="/market-domains"
      backLabel={t('domain.listHeading')}
      describes={null}
    >
      <dl className="facts">
        <dt>{t('domain.category')}</dt>
        <dd>{gloss('category', domain.category, locale)}</dd>
        <dt>{t('domain.leadMinistry')}</dt>
        <dd>{gloss('ministry', domain.leadMinistry, locale)}</dd>
        <dt>{t('domain.marketSize')}</dt>
        <dd>
          {domain.marketSize ? (
            <>
              {describeMarketSize(domain.marketSize, t, locale)}
              {domain.marketSize.note && (
                <small className="note" lang="ja">
                  {domain.marketSize.note}
                </small>
              )}
            </>
          ) : (
            t('value.none')
          )}
        </dd>
      </dl>
      <DetailSection id="strengths" title={t('domain.strengths')}>
        <TextList items={domain.strengths} />
      </DetailSection>
      <DetailSection id="communities" title={t('domain.communities')}>
        {communities && communities.length === 0 ? (
          <p>{t('domain.noCommunities')}</p>
        ) : (
          <ul className="related">
            {communities?.map((c) => (
              <li key={c.id}>
                <Link to={`/communities/${c.id}`} lang="ja">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </DetailSection>
      <DetailSection id="sources" title={t('detail.sources')}>
        <SourceList record={domain} />
      </DetailSection>
    </DetailLayout>
  );
}
