import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { formatDateTime } from '../../../../shared/format/dates';
import { lastChange, rowCount } from '../../../../shared/user-data/user-data-file';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useUserData } from '../../db/user-data-repository';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { settleBackupOffer, useBackupState } from './backup-state';
import { useLastExport } from './last-export';

/** A browser keeps no backup of its own: after this long without an export, the app reminds. */
export const EXPORT_REMINDER_DAYS = 7;

/**
 * Above every screen, when it matters: in the desktop app, the start-up offer to restore the newest
 * automatic backup (and from when); in a browser, a reminder to export when the data has changed
 * since the last export and that was long ago or never.
 */
export function DataSafetyBanner() {
  const { t, locale } = useI18n();
  const { offer } = useBackupState();
  const data = useUserData();
  const exported = useLastExport();
  const [dismissed, setDismissed] = useState(false);
  const [now] = useState(Date.now);
  const exportWrite = useCheckedWrite();
  // The data page has its own export button and says when the data was last exported.
  const onDataPage = useLocation().pathname === '/data';

  if (offer)
    return (
      <section className="data-safety-banner" aria-label={t('userData.banner.label')}>
        <p>
          {t(offer.reason === 'empty' ? 'userData.offer.empty' : 'userData.offer.older', {
            time: formatDateTime(offer.savedAt, locale),
          })}
        </p>
        <p className="toolbar">
          <Link to="/data?restore=backup" className="button-link primary">
            {t('userData.offer.review')}
          </Link>{' '}
          <button type="button" onClick={settleBackupOffer}>
            {t('userData.offer.notNow')}
          </button>
        </p>
      </section>
    );

  if (getPlatform().backups !== null || onDataPage || dismissed || !data || rowCount(data) === 0) return null;
  const changed = lastChange(data);
  const stale = !exported || now - new Date(exported).getTime() > EXPORT_REMINDER_DAYS * 24 * 60 * 60 * 1000;
  if (!stale || (exported && changed !== null && changed <= exported)) return null;
  return (
    <section className="data-safety-banner" aria-label={t('userData.banner.label')}>
      <p>
        {exported
          ? t('userData.reminder.since', { time: formatDateTime(exported, locale) })
          : t('userData.reminder.never')}
      </p>
      <p className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={exportWrite.saving}
          // The export's code (file building, the save dialog) loads when it is asked for.
          onClick={() =>
            exportWrite.run(() => import('./user-data-files').then((m) => m.exportAllUserData()))
          }
        >
          {t('userData.export.button')}
        </button>{' '}
        <button type="button" onClick={() => setDismissed(true)}>
          {t('userData.offer.notNow')}
        </button>{' '}
        <WriteFailure write={exportWrite} action="export" />
      </p>
    </section>
  );
}
