import { useSyncExternalStore } from 'react';
import { connectionLoss } from '../db/connection-guard';
import { useI18n } from '../i18n/i18n';
import { reloadAtHome } from './reload-home';

/**
 * Shown over the app once this window has stopped using the database (connection-guard.ts). The
 * page stays as it was underneath, so text the user typed and could not save can still be copied.
 */
export function ConnectionLostNotice() {
  const { t } = useI18n();
  const why = useSyncExternalStore(connectionLoss.subscribe, connectionLoss.current);
  if (!why) return null;
  return (
    <div className="connection-lost" role="alert">
      <p>{t(`connection.${why}`)}</p>
      <button type="button" onClick={reloadAtHome}>
        {t(why === 'closed' ? 'connection.reopen' : 'connection.reload')}
      </button>
    </div>
  );
}
