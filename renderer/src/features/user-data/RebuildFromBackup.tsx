import Dexie from 'dexie';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../../shared/format/dates';
import { reloadAtHome } from '../../components/reload-home';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { db } from '../../db/db';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';

/**
 * On the screen of a database that cannot be opened, in the desktop app: the newest automatic
 * backup, and a way to start again from it. Making a new database deletes the unreadable one, so
 * it asks once more; after the reload the empty database meets the usual offer to restore, with
 * its preview.
 */
export function RebuildFromBackup() {
  const { t, locale } = useI18n();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const rebuild = useCheckedWrite();
  useEffect(() => {
    const host = getPlatform().backups;
    if (!host) return;
    host.newest().then(
      ({ backup }) => setSavedAt(backup?.savedAt ?? null),
      (error: unknown) => console.warn('Could not read the automatic backups', error),
    );
  }, []);
  if (!savedAt) return null;
  return (
    <section className="rebuild-from-backup" aria-labelledby="rebuild-heading">
      <h2 id="rebuild-heading">{t('userData.rebuild.heading')}</h2>
      <p>{t('userData.rebuild.body', { time: formatDateTime(savedAt, locale) })}</p>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('userData.rebuild.button')}
        </button>
      ) : (
        <>
          <p role="alert">{t('userData.rebuild.confirm')}</p>
          <button
            type="button"
            className="danger"
            onClick={() =>
              rebuild.run(async () => {
                db.close();
                await Dexie.delete(db.name);
              }, reloadAtHome)
            }
          >
            {t('userData.rebuild.sure')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('userData.restore.cancel')}
          </button>
          <WriteFailure write={rebuild} />
        </>
      )}
    </section>
  );
}
