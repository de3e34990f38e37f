import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';
import { teamSession, useTeamWritable } from './team';

/** 「チームと共有」 for a personal list, while a team is connected. */
export function ShareWithTeam({ listId }: { listId: string }) {
  const { t } = useI18n();
  const writable = useTeamWritable();
  const write = useCheckedWrite();
  if (!writable) return null;
  return (
    <>
      <button
        type="button"
        title={t('team.shareHelp')}
        disabled={write.saving}
        onClick={() => write.run(() => teamSession.share(listId))}
      >
        {t('team.share')}
      </button>
      <WriteFailure write={write} />
    </>
  );
}
