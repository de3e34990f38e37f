import { useParams } from 'react-router';
import type { Community } from '../../../../shared/catalog/community';
import { DetailLayout, DetailSection, Notes, RecordGate, TextList } from '../../components/DetailLayout';
import { MarketDomainLinks } from '../../components/MarketDomainLinks';
import { useCommunity } from '../../db/communities-repository';
import { useI18n } from '../../i18n/i18n';
import { ContactList } from '../../components/ContactList';
import { SourceList } from '../../components/SourceList';
import { CommunityStatusBadge } from './CommunityStatusBadge';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { Printed } from '../../components/Printed';
import { echoed } from '../../components/echo';

export function CommunityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <RecordGate
      value={useCommunity(id)}
      notFound={t('notFound.community', { id: echoed(id) })}
      backTo="/communities"
      backLabel={t('community.listHeading')}
    >
      {(community) => <CommunityDetail community={community} />}
    </RecordGate>
  );
}

function CommunityDetail({ community }: { community: Community }) {
  const { t, locale } = useI18n();
  const none = <span className="none">{t('value.none')}</span>;
  return (
    <DetailLayout
      kind={t(`community.kind.${community.kind}`)}
      title={community.name}
      backTo="/communities"
      backLabel={t('community.listHeading')}
      describes={community.describes}
    >
      <dl className="facts">
        <dt>{t('community.statusLabel')}</dt>
        <dd>
          <CommunityStatusBadge status={community.status} /> <Printed>{community.statusLabel}</Printed>
        </dd>
        <dt>{t('community.networkInstitution')}</dt>
        <dd>
          {community.networkInstitution ? (
            <Printed>{community.networkInstitution}</Printed>
          ) : (
            <span className="unknown">{t('value.unknown')}</span>
          )}
        </dd>
        <dt>{t('community.prefectures')}</dt>
        <dd>
          {community.prefectures.length
            ? community.prefectures.map((p) => (
                <span key={p.name} className="prefecture">
                  {gloss('prefecture', p.name, locale)}
                  {p.basis === 'inferred' && t('community.prefectureInferred')}
                </span>
              ))
            : none}
        </dd>
        <dt>{t('community.marketDomains')}</dt>
        <dd>
          <MarketDomainLinks domains={community.marketDomains} />
        </dd>
        <dt>{t('community.summary')}</dt>
        <dd>
          <Printed>{community.summary}</Printed>
        </dd>
        <dt>{t('community.members')}</dt>
        <dd>
          {community.members.length ? <Printed>{community.members.join('、')}</Printed> : none}
          {community.membersSummary && (
            <small className="note" lang="ja">
              {community.membersSummary}
            </small>
          )}
        </dd>
      </dl>
      <DetailSection id="contacts" title={t('detail.contacts')}>
        <ContactList contacts={community.contacts} />
      </DetailSection>
      <Notes notes={community.notes} />
      {community.idealState.length > 0 && (
        <DetailSection id="ideal" title={t('community.idealState')}>
          <TextList items={community.idealState} />
        </DetailSection>
      )}
      {community.measures.length > 0 && (
        <DetailSection id="measures" title={t('community.measures')}>
          <TextList items={community.measures} />
        </DetailSection>
      )}
      {community.kpis.length > 0 && (
        <DetailSection id="kpis" title={t('community.kpis')}>
          <TextList items={community.kpis} />
        </DetailSection>
      )}
      <DetailSection id="sources" title={t('detail.sources')}>
        <SourceList record={community} />
      </DetailSection>
    </DetailLayout>
  );
}
