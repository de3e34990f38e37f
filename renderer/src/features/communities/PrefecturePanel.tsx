import { forwardRef } from 'react';
import { Link } from 'react-router';
import type { Community } from '../../../../shared/catalog/community';
import { regionOf, type Prefecture } from '../../../../shared/geo/prefectures';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { ContactList } from '../../components/ContactList';
import { useI18n } from '../../i18n/i18n';
import { CommunityName } from './CommunityName';
import { CommunityStatusBadge } from './CommunityStatusBadge';
import type { TiedProgram } from './useRegionalTies';

/** What is in one prefecture: its communities, those nearby in the same region, tied programs. */
export const PrefecturePanel = forwardRef<
  HTMLHeadingElement,
  {
    prefecture: Prefecture;
    home: Prefecture | null;
    communities: Community[];
    nearby: Community[];
    tied: TiedProgram[];
  }
>(function PrefecturePanel({ prefecture, home, communities, nearby, tied }, heading) {
  const { t, locale } = useI18n();
  const region = regionOf(prefecture);
  const paren = (text: string) => (locale === 'ja' ? `（${text}）` : `(${text})`);
  return (
    <section className="prefecture-panel" aria-labelledby="prefecture-heading">
      <h2 id="prefecture-heading" ref={heading} tabIndex={-1}>
        {gloss('prefecture', prefecture, locale)}
        {region && (
          <span className="region">
            {locale === 'ja' ? '' : ' '}
            {paren(gloss('region', region, locale))}
          </span>
        )}
      </h2>
      {prefecture === home && <p className="home-note">{t('map.panel.home')}</p>}
      <h3>{t('map.panel.communities')}</h3>
      {communities.length === 0 ? (
        <p>{t('map.panel.noCommunities')}</p>
      ) : (
        <ul className="panel-communities">
          {communities.map((community) => {
            const ref = community.prefectures.find((p) => p.name === prefecture);
            return (
              <li key={community.id}>
                <CommunityName community={community} /> <CommunityStatusBadge status={community.status} />
                {ref?.basis === 'inferred' && (
                  <small className="note">{t('map.panel.inferred', { quote: ref.source.quote })}</small>
                )}
                <p className="card-meta">
                  {t('community.networkInstitution')}: {community.networkInstitution ?? t('value.none')}
                </p>
                {community.contacts.length > 0 && <ContactList contacts={community.contacts} />}
              </li>
            );
          })}
        </ul>
      )}
      {nearby.length > 0 && region && (
        <>
          <h3>{t('map.panel.nearby', { region: gloss('region', region, locale) })}</h3>
          <ul>
            {nearby.map((community) => (
              <li key={community.id}>
                <CommunityName community={community} />{' '}
                {paren(
                  community.prefectures
                    .map((p) => gloss('prefecture', p.name, locale))
                    .join(locale === 'ja' ? '・' : ', '),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('map.panel.programs')}</h3>
      {tied.length === 0 ? (
        <p>{t('map.panel.noPrograms')}</p>
      ) : (
        <ul className="panel-programs">
          {tied.map(({ program, tie }) => (
            <li key={program.id}>
              <Link to={`/programs/${program.id}`}>{program.name}</Link>
              <small className="note">
                {tie.kind === 'region'
                  ? t(tie.fact.basis === 'stated' ? 'map.panel.regionStated' : 'map.panel.regionInferred', {
                      region: tie.fact.label,
                      note: tie.fact.note ?? '',
                      quote: tie.source.quote,
                    })
                  : t('map.panel.namedInSource', { quote: tie.source.quote })}
              </small>
            </li>
          ))}
        </ul>
      )}
      <p className="help">{t('map.panel.programsHelp')}</p>
    </section>
  );
});
