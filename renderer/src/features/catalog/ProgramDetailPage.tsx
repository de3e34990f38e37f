import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import type { Program } from '../../../../shared/catalog/program';
import { toggleFavourite, useIsFavourite } from '../../db/favourites-repository';
import { useProgram } from '../../db/programs-repository';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { BudgetTable } from './BudgetTable';
import { ContactList } from './ContactList';
import { EligibilityList } from './EligibilityList';
import { RelatedPrograms } from './RelatedPrograms';
import { SourceList } from './SourceList';
import { statusLabel } from './program-display';

export function ProgramDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const program = useProgram(id);
  useDocumentTitle(program?.name ?? null);

  if (program === undefined) return <p aria-busy="true">{t('loading')}</p>;
  if (program === null) {
    return (
      <section>
        <p role="alert">{t('detail.notFound', { id })}</p>
        <Link to="/">{t('detail.back')}</Link>
      </section>
    );
  }
  return <ProgramDetail program={program} />;
}

function ProgramDetail({ program }: { program: Program }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the route so keyboard and screen-reader users land on the new page.
  useEffect(() => heading.current?.focus(), [program.id]);
  const unknown = <span className="unknown">{t('value.unknown')}</span>;
  const none = <span className="none">{t('value.none')}</span>;

  return (
    <article className="program-detail" aria-labelledby="program-name">
      <Link to="/" className="back-link">
        ← {t('detail.back')}
      </Link>
      <h1 id="program-name" ref={heading} tabIndex={-1}>
        {program.name}
      </h1>
      <FavouriteButton programId={program.id} />
      <p className="describes" role="note">
        {t('detail.describes', { label: program.describes.label, year: program.describes.year })}
      </p>

      <dl className="facts">
        <dt>{t('detail.ministries')}</dt>
        <dd>{program.ministries.join('・')}</dd>
        <dt>{t('detail.department')}</dt>
        <dd>{program.department ?? unknown}</dd>
        <dt>{t('detail.status')}</dt>
        <dd>{statusLabel(program, t)}</dd>
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
          {program.marketDomains.length ? program.marketDomains.map((d) => `市場領域${d}`).join('・') : none}
        </dd>
        <dt>{t('detail.stages')}</dt>
        <dd>{program.stages.length ? program.stages.join(' → ') : none}</dd>
        <dt>{t('detail.period')}</dt>
        <dd>{program.period ?? none}</dd>
      </dl>

      <section aria-labelledby="eligibility-heading">
        <h2 id="eligibility-heading">{t('detail.eligibility')}</h2>
        <EligibilityList program={program} />
      </section>
      <section aria-labelledby="budget-heading">
        <h2 id="budget-heading">{t('detail.budgets')}</h2>
        <BudgetTable budgets={program.budgets} />
      </section>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t('detail.contacts')}</h2>
        <ContactList contacts={program.contacts} />
      </section>
      {program.related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t('detail.related')}</h2>
          <RelatedPrograms ids={program.related} />
        </section>
      )}
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('detail.sources')}</h2>
        <SourceList program={program} />
      </section>
    </article>
  );
}

function FavouriteButton({ programId }: { programId: string }) {
  const { t } = useI18n();
  const favourite = useIsFavourite(programId);
  return (
    <button
      type="button"
      className="favourite-button"
      aria-pressed={favourite ?? false}
      disabled={favourite === undefined}
      onClick={() => void toggleFavourite(programId)}
    >
      {favourite ? `★ ${t('detail.favourite.remove')}` : `☆ ${t('detail.favourite.add')}`}
    </button>
  );
}
