import { NavLink } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { useTeamStatus } from './team-status-store';
import { teamStatusText } from './team-status-text';

/** The footer's team line: nothing but a link until a team is connected, then the state in words. */
export function TeamStatusLine() {
  const { t, locale } = useI18n();
  const status = useTeamStatus();
  if (status.state === 'off') return <NavLink to="/team">{t('nav.team')}</NavLink>;
  const text = teamStatusText(status, t, locale);
  return (
    <span className={`team-status-line team-state-${status.state}`}>
      <NavLink to="/team">{t('team.status.label')}</NavLink>: {text.state}
      {text.detail[0] && <span className="storage-hint"> {text.detail[0]}</span>}
    </span>
  );
}
