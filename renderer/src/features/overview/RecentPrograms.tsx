import { Link } from 'react-router';
import { MinistryAndBudget } from '../../components/MinistryAndBudget';
import { useRecentPrograms } from '../../db/recent-views-repository';
import { useI18n } from '../../i18n/i18n';

const SHOWN = 5;

/** The programs this user opened last, newest first: the way back into yesterday's work. */
export function RecentPrograms() {
  const { t } = useI18n();
  const recent = useRecentPrograms(SHOWN);
  return (
    <section className="overview-panel" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('overview.recent')}</h2>
      {recent?.length === 0 && <p className="help">{t('overview.noRecent')}</p>}
      {recent && recent.length > 0 && (
        <ol className="overview-items">
          {recent.map(({ program }) => (
            <li key={program.id} data-program-id={program.id}>
              <Link to={`/programs/${program.id}`} lang="ja">
                {program.name}
              </Link>
              <span className="card-meta">
                <MinistryAndBudget program={program} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
