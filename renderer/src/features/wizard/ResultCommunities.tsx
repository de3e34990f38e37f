import { Link } from 'react-router';
import { circledDomain } from '../../../../shared/catalog/market-domain';
import type { CommunityMatch } from '../../../../shared/matching/related-communities';
import { ContactList } from '../../components/ContactList';
import { useI18n } from '../../i18n/i18n';

/** The bio communities to call first, near the applicant or sharing its market domains. */
export function ResultCommunities({
  matches,
  prefecture,
}: {
  matches: CommunityMatch[];
  /** The lead's prefecture: the map opens with it marked. */
  prefecture: string | null;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="communities-heading">
      <h2 id="communities-heading">{t('result.communities')}</h2>
      <p className="help">{t('result.communitiesHelp')}</p>
      <p>
        <Link to={communityMapLink(prefecture)}>{t('map.open')}</Link>
      </p>
      {matches.length === 0 ? (
        <p>{t('result.noCommunities')}</p>
      ) : (
        <ul className="card-list">
          {matches.map(({ community, links, sharedDomains }) => (
            <li key={community.id} className="card" data-community-id={community.id}>
              <h3>
                <Link to={`/communities/${community.id}`} lang="ja">
                  {community.name}
                </Link>
              </h3>
              <p className="card-meta">
                {links
                  .map((link) =>
                    link === 'shared-domains'
                      ? `${t('result.link.shared-domains')} ${sharedDomains.map(circledDomain).join('')}`
                      : t(`result.link.${link}`),
                  )
                  .join(' · ')}
              </p>
              {community.networkInstitution && (
                <p>
                  {t('community.networkInstitution')}: <span lang="ja">{community.networkInstitution}</span>
                </p>
              )}
              <ContactList contacts={community.contacts} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The map with the answered prefecture marked as the user's and opened. */
function communityMapLink(prefecture: string | null): string {
  if (!prefecture) return '/communities/map';
  return `/communities/map?${new URLSearchParams({ home: prefecture, pref: prefecture }).toString()}`;
}
