import { formatDateTime } from '../../../../shared/format/dates';
import type { Locale, Translate } from '../../i18n/i18n';
import type { TeamStatus } from './team-session';

/** The status line in words: state, last sync, and any problem, in the UI language. */
export function teamStatusText(
  status: TeamStatus,
  t: Translate,
  locale: Locale,
): { state: string; detail: string[] } {
  const database = status.connection?.database ?? '';
  const detail: string[] = [];
  if (status.state === 'needs-update') detail.push(t('team.problem.needs-update'));
  else if (status.problem) detail.push(t(`team.problem.${status.problem}`, { database }));
  if (status.unreadable) detail.push(t('team.problem.unreadable', { count: status.unreadable }));
  if (status.denied) detail.push(t('team.problem.denied', { count: status.denied }));
  const synced = status.lastSyncedAt
    ? t('team.lastSynced', { time: formatDateTime(status.lastSyncedAt, locale) })
    : t('team.neverSynced');
  return { state: `${t(`team.status.${status.state}`)} · ${synced}`, detail };
}
