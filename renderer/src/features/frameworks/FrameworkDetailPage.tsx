import { useParams } from 'react-router';
import type { Framework } from '../../../../shared/catalog/framework';
import { DetailLayout, DetailSection, Notes, RecordGate, TextList } from '../../components/DetailLayout';
import { useFramework } from '../../db/frameworks-repository';
import { useI18n } from '../../i18n/i18n';
import { ContactList } from '../../components/ContactList';
import { EligibilityList } from '../../components/EligibilityList';
import { SourceList } from '../../components/SourceList';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { glossList } from '../../components/program-display';
import { Printed } from '../../components/Printed';
import { echoed } from '../../components/echo';

export function FrameworkDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <RecordGate
      value={useFramework(id)}
      notFound={t('notFound.framework', { id: echoed(id) })}
      backTo="/frameworks"
      backLabel={t('framework.listHeading')}
    >
      {(framework) => <FrameworkDetail framework={framework} />}
    </RecordGate>
  );
}

function FrameworkDetail({ framework }: { framework: Framework }) {
  const { t, locale } = useI18n();
  const lists: [string, string, string[]][] = [
    ['contents', t('framework.contents'), framework.contents],
    ['benefits', t('framework.benefits'), framework.benefits],
    ['process', t('framework.process'), framework.process],
    ['participants', t('framework.participants'), framework.participants],
  ];
  return (
    <DetailLayout
      kind={t('detail.kind.framework')}
      title={framework.name}
      backTo="/frameworks"
      backLabel={t('framework.listHeading')}
      describes={framework.describes}
    >
      <dl className="facts">
        <dt>{t('framework.kind')}</dt>
        <dd>{gloss('framework-kind', framework.kind, locale)}</dd>
        <dt>{t('framework.owners')}</dt>
        <dd>{glossList('ministry', framework.owners, locale)}</dd>
        <dt>{t('detail.summary')}</dt>
        <dd>
          <Printed>{framework.summary}</Printed>
        </dd>
      </dl>
      <Notes notes={framework.notes} />
      <DetailSection id="eligibility" title={t('detail.eligibility')}>
        <EligibilityList entries={framework.eligibility} note={null} />
      </DetailSection>
      {lists
        .filter(([, , items]) => items.length > 0)
        .map(([id, title, items]) => (
          <DetailSection key={id} id={id} title={title}>
            <TextList items={items} />
          </DetailSection>
        ))}
      <DetailSection id="contacts" title={t('detail.contacts')}>
        <ContactList contacts={framework.contacts} />
      </DetailSection>
      <DetailSection id="sources" title={t('detail.sources')}>
        <SourceList record={framework} />
      </DetailSection>
    </DetailLayout>
  );
}
