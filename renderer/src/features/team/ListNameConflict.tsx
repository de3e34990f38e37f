import { formatDateTime } from '../../../../shared/format/dates';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import type { ListConflict } from '../../db/team-rows';
import { useI18n } from '../../i18n/i18n';
import { teamSession } from './team';

/** A shared list renamed by two people at once: both names, who and when; a person keeps one. */
export function ListNameConflict({ listId, conflict }: { listId: string; conflict: ListConflict }) {
  const { t, locale } = useI18n();
  const writer = teamSession.writer;
  const write = useCheckedWrite();
  return (
    <div className="conflict" role="group" aria-label={t('team.conflict.listName')}>
      <p>{t('team.conflict.listName')}</p>
      <ul>
        {conflict.versions.map((v) => (
          <li key={v.rev}>
            <strong>{v.name}</strong> —{' '}
            {t('team.conflict.version', { user: v.updatedBy, time: formatDateTime(v.updatedAt, locale) })}{' '}
            <button
              type="button"
              disabled={!writer || write.saving}
              onClick={() => write.run(async () => writer?.resolveListName(listId, v.name))}
            >
              {t('team.conflict.keep')}
            </button>
          </li>
        ))}
      </ul>
      <WriteFailure write={write} />
    </div>
  );
}
