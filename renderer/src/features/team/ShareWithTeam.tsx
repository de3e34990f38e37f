import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { teamSession, useTeamWritable } from './team';

/** 「チームと共有」 for a personal list, while a team is connected. */
export function ShareWithTeam({ listId }: { listId: string }) {
  const { t } = useI18n();
  const writable = useTeamWritable();
  const [busy, setBusy] = useState(false);
  if (!writable) return null;
  return (
    <button
      type="button"
      title={t('team.shareHelp')}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void teamSession.share(listId).finally(() => setBusy(false));
      }}
    >
      {t('team.share')}
    </button>
  );
}
