import { Link } from 'react-router';
import { MarketDomainLinks } from '../../components/MarketDomainLinks';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useCommunities } from '../../db/communities-repository';
import { useI18n } from '../../i18n/i18n';
import { ContactList } from '../../components/ContactList';
import { CommunityStatusBadge } from './CommunityStatusBadge';
import { glossList } from '../../components/program-display';

export function CommunityListPage() {
  const { t, locale } = useI18n();
  const communities = useCommunities();
  useDocumentTitle(t('community.listHeading'));
  if (!communities) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <section aria-labelledby="communities-heading">
      <h1 id="communities-heading">{t('community.listHeading')}</h1>
      <p className="intro">{t('community.listIntro')}</p>
      <p>
        <Link className="button-link" to="/communities/map">
          {t('map.open')}
        </Link>
      </p>
      <ul className="card-list">
        {communities.map((community) => (
          <li key={community.id} className="card" data-community-id={community.id}>
            <h2>
              <Link to={`/communities/${community.id}`} lang="ja">
                {community.name}
              </Link>
            </h2>
            <p>
              <CommunityStatusBadge status={community.status} /> {t(`community.kind.${community.kind}`)}
              {community.prefectures.length > 0 && (
                <span className="card-meta">
                  {' · '}
                  {glossList(
                    'prefecture',
                    community.prefectures.map((p) => p.name),
                    locale,
                  )}
                </span>
              )}
            </p>
            {community.networkInstitution && (
              <p className="card-meta">
                {t('community.networkInstitution')}: <span lang="ja">{community.networkInstitution}</span>
              </p>
            )}
            <MarketDomainLinks domains={community.marketDomains} />
            {community.contacts.length > 0 && <ContactList contacts={community.contacts} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
