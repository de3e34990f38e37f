import { useParams } from 'react-router';
import type { Program } from '../../../../shared/catalog/program';
import { DetailLayout, DetailSection, Notes, RecordGate } from '../../components/DetailLayout';
import { MarketDomainLinks } from '../../components/MarketDomainLinks';
import { toggleFavourite, useIsFavourite } from '../../db/favourites-repository';
import { useProgram } from '../../db/programs-repository';
import { useI18n } from '../../i18n/i18n';
import { AddToShortlist } from '../shortlists/AddToShortlist';
import { BudgetTable } from '../../components/BudgetTable';
import { ProgramBudgetChart } from '../../components/charts/lazy-charts';
import { ContactList } from '../../components/ContactList';
import { EligibilityList } from '../../components/EligibilityList';
import { RelatedPrograms } from './RelatedPrograms';
import { SourceList } from '../../components/SourceList';
import { statusLabel } from '../../components/program-display';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';

export function ProgramDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <RecordGate
      value={useProgram(id)}
      notFound={t('notFound.program', { id })}
      backTo="/"
      backLabel={t('detail.back')}
    >
      {(program) => <ProgramDetail program={program} />}
    </RecordGate>
  );
}

function ProgramDetail({ program }: { program: Program }) {
  const { t } = useI18n();
  const unknown = <span className="unknown">{t('value.unknown')}</span>;
  const none = <span className="none">{t('value.none')}</span>;

  return (
    <DetailLayout
      kind={t('detail.kind.program')}
      title={program.name}
      backTo="/"
      backLabel={t('detail.back')}
      describes={program.describes}
      actions={
        <>
          <FavouriteButton programId={program.id} /> <AddToShortlist program={program} />
        </>
      }
    >
      <dl className="facts">
        <dt>{t('detail.ministries')}</dt>
        <dd>{program.ministries.length ? program.ministries.join('・') : unknown}</dd>
        <dt>{t('detail.department')}</dt>
        <dd>{program.department ?? unknown}</dd>
        <dt>{t('detail.status')}</dt>
        <dd>
          {program.status.value === 'unknown' ? (
            <span className="unknown">{statusLabel(program, t)}</span>
          ) : (
            statusLabel(program, t)
          )}
        </dd>
        <dt>{t('detail.newCalls')}</dt>
        <dd>
          {program.newCalls
            ? t(`newCalls.${program.newCalls.value}`, { label: program.newCalls.fiscalYear.label })
            : unknown}
        </dd>
        <dt>{t('detail.summary')}</dt>
        <dd>{program.summary ?? none}</dd>
        {program.aliases.length > 0 && (
          <>
            <dt>{t('detail.aliases')}</dt>
            <dd>{program.aliases.join(' / ')}</dd>
          </>
        )}
        <dt>{t('detail.agency')}</dt>
        <dd>{program.agency ?? none}</dd>
        <dt>{t('detail.instruments')}</dt>
        <dd>{program.instruments.length ? program.instruments.join('・') : none}</dd>
        <dt>{t('detail.category')}</dt>
        <dd>
          {program.category ? (
            <>
              {program.category.value}
              {program.category.basis === 'inferred' && <> {t('detail.categoryInferred')}</>}
              {program.category.note && <small className="note">{program.category.note}</small>}
            </>
          ) : (
            none
          )}
        </dd>
        <dt>{t('detail.marketDomains')}</dt>
        <dd>
          <MarketDomainLinks domains={program.marketDomains} />
        </dd>
        <dt>{t('detail.stages')}</dt>
        <dd>{program.stages.length ? program.stages.join(' → ') : none}</dd>
        <dt>{t('detail.period')}</dt>
        <dd>{program.period ?? none}</dd>
      </dl>

      <Notes notes={program.notes} />
      <DetailSection id="eligibility" title={t('detail.eligibility')}>
        <EligibilityList entries={program.eligibility} note={program.eligibilityNote} />
      </DetailSection>
      <DetailSection id="budget" title={t('detail.budgets')}>
        <ProgramBudgetChart program={program} />
        <BudgetTable budgets={program.budgets} />
      </DetailSection>
      <DetailSection id="contacts" title={t('detail.contacts')}>
        <ContactList contacts={program.contacts} />
      </DetailSection>
      {program.related.length > 0 && (
        <DetailSection id="related" title={t('detail.related')}>
          <RelatedPrograms ids={program.related} />
        </DetailSection>
      )}
      <DetailSection id="sources" title={t('detail.sources')}>
        <SourceList record={program} />
      </DetailSection>
    </DetailLayout>
  );
}

function FavouriteButton({ programId }: { programId: string }) {
  const { t } = useI18n();
  const favourite = useIsFavourite(programId);
  const write = useCheckedWrite();
  return (
    <>
      <button
        type="button"
        className="favourite-button"
        aria-pressed={favourite ?? false}
        disabled={favourite === undefined || write.saving}
        onClick={() => write.run(() => toggleFavourite(programId))}
      >
        {favourite ? `★ ${t('detail.favourite.remove')}` : `☆ ${t('detail.favourite.add')}`}
      </button>
      <WriteFailure write={write} />
    </>
  );
}
