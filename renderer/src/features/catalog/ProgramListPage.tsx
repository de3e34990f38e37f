import { Link } from 'react-router';
import { useFavouriteIds } from '../../db/favourites-repository';
import { usePrograms } from '../../db/programs-repository';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ApplicantBadges } from './ApplicantBadges';
import { budgetFlags, formatAmount, headlineBudget, statusLabel } from './program-display';

export function ProgramListPage() {
  const { t, locale } = useI18n();
  const programs = usePrograms();
  const favourites = useFavouriteIds();
  useDocumentTitle(t('list.heading'));

  if (!programs) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <section aria-labelledby="list-heading">
      <h1 id="list-heading">{t('list.heading')}</h1>
      <p className="call-to-action">
        <Link to="/wizard" className="button-link">
          {t('list.wizardCta')} →
        </Link>{' '}
        <span className="help">{t('list.wizardCtaHelp')}</span>
      </p>
      <p className="count">{t('list.count', { count: programs.length })}</p>
      {programs.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <table className="program-table">
          <thead>
            <tr>
              <th scope="col">{t('list.column.name')}</th>
              <th scope="col">{t('list.column.ministry')}</th>
              <th scope="col">{t('list.column.budget')}</th>
              <th scope="col">{t('list.column.applicants')}</th>
              <th scope="col">{t('detail.status')}</th>
            </tr>
          </thead>
          <tbody>
            {programs.map((program) => {
              const budget = headlineBudget(program);
              return (
                <tr key={program.id} data-program-id={program.id}>
                  <th scope="row">
                    <Link to={`/programs/${program.id}`}>{program.name}</Link>
                    {favourites?.has(program.id) && (
                      <span className="favourite-mark" role="img" aria-label={t('list.favourite')}>
                        ★
                      </span>
                    )}
                  </th>
                  <td>
                    {program.ministries.length ? (
                      program.ministries.join('・')
                    ) : (
                      <span className="unknown">{t('value.unknown')}</span>
                    )}
                  </td>
                  <td>
                    {budget ? (
                      <>
                        <span className="amount">{formatAmount(budget, locale)}</span>
                        {budgetFlags(budget, t).map((flag) => (
                          <span key={flag} className="flag">
                            {flag}
                          </span>
                        ))}
                        <span className="fiscal-year">{budget.fiscalYear.label}</span>
                      </>
                    ) : (
                      <span className="unknown">{t('value.unknown')}</span>
                    )}
                  </td>
                  <td>
                    <ApplicantBadges program={program} />
                  </td>
                  <td className={`status status-${program.status.value}`}>{statusLabel(program, t)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
