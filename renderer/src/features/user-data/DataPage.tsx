import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../../../shared/format/dates';
import type { UserDataFile, UserDataProblem } from '../../../../shared/user-data/user-data-file';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { settleBackupOffer, useBackupState } from './backup-state';
import { RestorePreview } from './RestorePreview';
import { useLastExport } from './last-export';
import { exportAllUserData, openUserDataFile, userDataProblemText } from './user-data-files';

type Restoring = { source: string; file: UserDataFile; bytes: number; fromOffer: boolean };

/**
 * 「データの保存と復元」: all of the user's data to one file, back from a file (or, in the desktop
 * app, from the newest automatic backup) with a preview, merge or replace.
 */
export function DataPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('userData.heading'));
  const [params] = useSearchParams();
  const backups = useBackupState();
  const electron = getPlatform().backups !== null;
  const exportWrite = useCheckedWrite();
  const openWrite = useCheckedWrite();
  const exported = useLastExport();
  const [refused, setRefused] = useState<{ file: string; problems: UserDataProblem[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const offer = backups.offer;
  const [restoring, setRestoring] = useState<Restoring | null>(() =>
    params.get('restore') === 'backup' && offer
      ? {
          source: t('userData.backupSource', { time: formatDateTime(offer.savedAt, locale) }),
          file: offer.file,
          bytes: offer.bytes,
          fromOffer: true,
        }
      : null,
  );

  const openFile = () =>
    openWrite.run(openUserDataFile, (opened) => {
      setDone(null);
      if (opened.status === 'failed') {
        // The new choice replaces the old one: its preview (and its restore button) goes.
        setRestoring(null);
        setRefused({ file: opened.file, problems: opened.problems });
      }
      if (opened.status === 'read') {
        setRefused(null);
        setRestoring({ source: opened.file, file: opened.data, bytes: opened.bytes, fromOffer: false });
      }
    });

  return (
    <section aria-labelledby="data-heading" className="data-page">
      <h1 id="data-heading">{t('userData.heading')}</h1>
      <p className="help">{t('userData.intro')}</p>

      <section aria-labelledby="export-all-heading">
        <h2 id="export-all-heading">{t('userData.export.heading')}</h2>
        <p>{t('userData.export.body')}</p>
        <p className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={exportWrite.saving}
            onClick={() => exportWrite.run(() => exportAllUserData())}
          >
            {t('userData.export.button')}
          </button>{' '}
          <WriteFailure write={exportWrite} action="export" />
        </p>
        {!electron && (
          <p role="status">
            {exported
              ? t('userData.export.last', { time: formatDateTime(exported, locale) })
              : t('userData.export.never')}
          </p>
        )}
      </section>

      {electron && (
        <section aria-labelledby="automatic-heading">
          <h2 id="automatic-heading">{t('userData.automatic.heading')}</h2>
          <p>{t('userData.automatic.body', { folder: backups.folder ?? '' })}</p>
          {backups.savedAt && (
            <p role="status">
              {t('userData.automatic.saved', { time: formatDateTime(backups.savedAt, locale) })}
            </p>
          )}
          {backups.failed && (
            <p role="alert">
              {t('userData.automatic.failed', { reason: t(`write.problem.${backups.failed}`) })}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="restore-heading">
        <h2 id="restore-heading">{t('userData.restore.heading')}</h2>
        <p>{t('userData.restore.body')}</p>
        <p className="toolbar">
          <button type="button" disabled={openWrite.saving} onClick={openFile}>
            {t('userData.restore.fromFile')}
          </button>{' '}
          <WriteFailure write={openWrite} action="import" />
        </p>
        {refused && (
          <div role="alert" className="problem-list">
            <p>{t('userData.refused', { file: refused.file })}</p>
            <ul>
              {refused.problems.map((problem, i) => (
                <li key={i}>{userDataProblemText(problem, t, locale)}</li>
              ))}
            </ul>
          </div>
        )}
        {done && <p role="status">{done}</p>}
        {restoring && (
          <RestorePreview
            key={restoring.source}
            source={restoring.source}
            file={restoring.file}
            bytes={restoring.bytes}
            onDone={(message) => {
              if (restoring.fromOffer) settleBackupOffer();
              setRestoring(null);
              setDone(message);
            }}
            onCancel={() => setRestoring(null)}
          />
        )}
      </section>
    </section>
  );
}

export default DataPage;
