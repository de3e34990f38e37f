import { formatBytes } from '../../../shared/format/sizes';
import type { NoRoom } from '../db/storage-space';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages-ja';
import { RebuildFromBackup } from '../features/user-data/RebuildFromBackup';
import { openOnceWithoutRoomCheck } from '../startup';
import { reloadAtHome } from './reload-home';

/** `noRoom`: the disk is too full to open the database safely (startup.ts), so it was not opened. */
export type StartupProblem = 'unavailable' | 'quota' | 'other' | 'invalidCatalog' | 'noRoom';

export function StorageProblemScreen({
  problem,
  detail,
  room,
}: {
  problem: StartupProblem;
  detail: string | null;
  room?: NoRoom;
}) {
  const { t, locale } = useI18n();
  return (
    <main className="problem" role="alert">
      <h1>{t(`storage.${problem}.title` as MessageKey)}</h1>
      <p>
        {t(`storage.${problem}.body` as MessageKey, room && { needed: formatBytes(room.needed, locale) })}
      </p>
      <button type="button" onClick={reloadAtHome}>
        {t('storage.reload')}
      </button>
      {problem === 'noRoom' && (
        <>
          <p>{t('storage.noRoom.anyway')}</p>
          <button
            type="button"
            onClick={() => {
              openOnceWithoutRoomCheck();
              reloadAtHome();
            }}
          >
            {t('storage.noRoom.openAnyway')}
          </button>
        </>
      )}
      {problem === 'other' && <RebuildFromBackup />}
      {detail && (
        <details>
          <summary>{t('error.details')}</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </main>
  );
}
