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
import { fiscalYearText, glossList, statusLabel } from '../../components/program-display';
import { Printed } from '../../components/Printed';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { recordProgramView } from '../../db/recent-views-repository';
import { useEffect } from 'react';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { echoed } from '../../components/echo';

export function ProgramDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <RecordGate
      value={useProgram(id)}
      notFound={t('notFound.program', { id: echoed(id) })}
      backTo="/programs"
      backLabel={t('detail.back')}
    >
      {(program) => <ProgramDetail program={program} />}
    </RecordGate>
  );
}

function ProgramDetail({ program }: { program: Program }) {
  const { t, locale } = useI18n();
  // Recently viewed programs are the user's own data: the overview lists them. A view that cannot
  // be noted (a full disk) is only logged: the history is a convenience, not the user's work.
  const noteView = useCheckedWrite().run;
  useEffect(() => noteView(() => recordProgramView(program.id)), [noteView, program.id]);
  const unknown = <span className="unknown">{t('value.unknown')}</span>;
  const none = <span className="none">{t('value.none')}</span>;

  return (
    <DetailLayout
      kind={t('detail.kind.program')}
      title={program.name}
      backTo="/programs"
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
        <dd>{program.ministries.length ? glossList('ministry', program.ministries, locale) : unknown}</dd>
        <dt>{t('detail.department')}</dt>
        <dd>{program.department ? <Printed>{program.department}</Printed> : unknown}</dd>
        <dt>{t('detail.status')}</dt>
        <dd>
          {program.status.value === 'unknown' ? (
            <span className="unknown">{statusLabel(program, t, locale)}</span>
          ) : (
            statusLabel(program, t, locale)
          )}
        </dd>
        <dt>{t('detail.newCalls')}</dt>
        <dd>
          {program.newCalls
            ? t(`newCalls.${program.newCalls.value}`, {
                label: fiscalYearText(program.newCalls.fiscalYear, locale),
              })
            : unknown}
        </dd>
        <dt>{t('detail.summary')}</dt>
        <dd>{program.summary ? <Printed>{program.summary}</Printed> : none}</dd>
        {program.aliases.length > 0 && (
          <>
            <dt>{t('detail.aliases')}</dt>
            <dd>
              <Printed>{program.aliases.join(' / ')}</Printed>
            </dd>
          </>
        )}
        <dt>{t('detail.agency')}</dt>
        <dd>{program.agency ? gloss('agency', program.agency, locale) : none}</dd>
        <dt>{t('detail.instruments')}</dt>
        <dd>{program.instruments.length ? glossList('instrument', program.instruments, locale) : none}</dd>
        <dt>{t('detail.category')}</dt>
        <dd>
          {program.category ? (
            <>
              {gloss('category', program.category.value, locale)}
              {program.category.basis === 'inferred' && <> {t('detail.categoryInferred')}</>}
              {program.category.note && (
                <small className="note" lang="ja">
                  {program.category.note}
                </small>
              )}
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
        <dd>{program.stages.length ? <Printed>{program.stages.join(' → ')}</Printed> : none}</dd>
        <dt>{t('detail.period')}</dt>
        <dd>{program.period ? <Printed>{program.period}</Printed> : none}</dd>
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
