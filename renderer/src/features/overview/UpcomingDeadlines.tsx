import { useState } from 'react';
import { Link } from 'react-router';
import { todayIso } from '../../../../shared/format/dates';
import { DeadlineDate } from '../../components/DeadlineDate';
import { EntryProgramName } from '../../components/EntryProgramName';
import { Printed } from '../../components/Printed';
import { useDeadlines } from '../../db/shortlists-repository';
import { useI18n } from '../../i18n/i18n';

const SHOWN = 5;

/** The nearest internal deadlines across every list, from today on. */
export function UpcomingDeadlines() {
  const { t } = useI18n();
  const [today] = useState(() => todayIso());
  const deadlines = useDeadlines();
  const upcoming = deadlines?.filter(({ entry }) => entry.deadline! >= today) ?? [];
  return (
    <section className="overview-panel" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">{t('overview.deadlines')}</h2>
      {deadlines && upcoming.length === 0 && <p className="help">{t('overview.noDeadlines')}</p>}
      {upcoming.length > 0 && (
        <ol className="overview-items">
          {upcoming.slice(0, SHOWN).map(({ entry, listName, program }) => (
            <li key={entry.id}>
              <span className="overview-item-date">
                <DeadlineDate iso={entry.deadline!} today={today} />
              </span>
              <EntryProgramName entry={entry} program={program} />
              <span className="card-meta">
                <Link to={`/shortlists/${entry.listId}`}>
                  <Printed>{listName}</Printed>
                </Link>
                {' · '}
                {t(`shortlist.status.${entry.status}`)}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to="/shortlists">{t('overview.allDeadlines')}</Link>
      </p>
    </section>
  );
}
