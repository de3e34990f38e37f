import { useId, useMemo, useState } from 'react';
import { diffUserData, restoreCounts, type RestoreMode } from '../../../../shared/user-data/user-data-diff';
import type { UserDataFile } from '../../../../shared/user-data/user-data-file';
import type { UserDataRows } from '../../../../shared/user-data/user-data-tables';
import { USER_DATA_TABLES } from '../../../../shared/user-data/user-data-tables';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { ensureRoom, NotEnoughRoomError } from '../../db/storage-space';
import { useProgramNames } from '../../db/programs-repository';
import { restoreUserData, useUserData } from '../../db/user-data-repository';
import { useI18n } from '../../i18n/i18n';
import { noRoomText } from '../../i18n/room-text';
import { TABLE_LABELS } from './user-data-files';

/**
 * Names a person recognises, for the first few rows of a kind (lists in their order, profiles,
 * programs), as text. Rows that only carry a program's id (favourites, notes, recently viewed)
 * show the program's name from the catalog, or the id when this catalog does not have it.
 */
function Names({ rows, programNames }: { rows: object[]; programNames: Map<string, string> | undefined }) {
  const { t } = useI18n();
  const position = (row: object) => (row as { position?: number }).position ?? 0;
  const names = [...rows]
    .sort((a, b) => position(a) - position(b))
    .map((row) => {
      const r = row as { name?: unknown; programName?: unknown; programId?: unknown };
      const program =
        typeof r.programId === 'string' ? (programNames?.get(r.programId) ?? r.programId) : null;
      return String(r.name ?? r.programName ?? program ?? '');
    })
    .filter(Boolean);
  if (!names.length) return null;
  const shown = names.slice(0, 5).join(t('value.issue.listJoin'));
  return (
    <span className="names">
      {t('userData.preview.names', {
        names: names.length > 5 ? t('userData.preview.more', { shown }) : shown,
      })}
    </span>
  );
}

/**
 * What restoring `file` would do to this app's data, kind by kind, before anything is written;
 * then merge (add what is missing, keep the user's version of the rest) or replace (the data
 * becomes the file's). One transaction either way, after a check that the disk has room.
 */
export function RestorePreview({
  source,
  file,
  bytes,
  onDone,
  onCancel,
}: {
  /** The file's name, or the backup's time: "from where", in the heading. */
  source: string;
  file: UserDataFile;
  bytes: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const here = useUserData();
  const programNames = useProgramNames(useMemo(() => programIdsIn(file), [file]));
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [noRoom, setNoRoom] = useState<string | null>(null);
  const write = useCheckedWrite();
  const headingId = useId();
  if (!here) return <p aria-busy="true">{t('loading')}</p>;
  const diff = diffUserData(here, file.tables);
  const counts = restoreCounts(diff, mode);
  const restore = () => {
    setNoRoom(null);
    write.run(
      async () => {
        try {
          await ensureRoom('restore', bytes);
        } catch (error) {
          if (error instanceof NotEnoughRoomError) return noRoomText(error.room, t, locale);
          throw error;
        }
        await restoreUserData(file, mode);
        return null;
      },
      (refused) => (refused ? setNoRoom(refused) : onDone(t('userData.restored', counts))),
    );
  };
  return (
    <section aria-labelledby={headingId} className="restore-preview">
      <h2 id={headingId}>{t('userData.preview.heading', { source })}</h2>
      <p>{t('userData.preview.exportedAt', { version: file.appVersion, catalog: file.catalogVersion })}</p>
      <table className="restore-diff">
        <thead>
          <tr>
            <th scope="col">{t('userData.preview.kind')}</th>
            <th scope="col">{t('userData.preview.added')}</th>
            <th scope="col">{t('userData.preview.changed')}</th>
            <th scope="col">{t('userData.preview.onlyHere')}</th>
          </tr>
        </thead>
        <tbody>
          {USER_DATA_TABLES.map(({ table }) => {
            const d = diff[table];
            return (
              <tr key={table}>
                <th scope="row">{t(TABLE_LABELS[table])}</th>
                <td>
                  {d.added.length}
                  <Names rows={d.added} programNames={programNames} />
                </td>
                <td>
                  {d.changed.length}
                  <Names rows={d.changed.map((c) => c.file)} programNames={programNames} />
                </td>
                <td>{d.onlyHere.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <fieldset>
        <legend>{t('userData.preview.how')}</legend>
        <label className="check">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />
          {t('userData.mode.merge')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          {t('userData.mode.replace')}
        </label>
      </fieldset>
      <p className="restore-summary">
        {t(mode === 'merge' ? 'userData.summary.merge' : 'userData.summary.replace', counts)}
      </p>
      <p className="toolbar">
        <button type="button" className="primary" disabled={write.saving} onClick={restore}>
          {t(mode === 'merge' ? 'userData.restore.merge' : 'userData.restore.replace')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('userData.restore.cancel')}
        </button>
      </p>
      {noRoom && (
        <p role="alert" className="problem-list">
          {t('userData.notRestored')} {noRoom}
        </p>
      )}
      <WriteFailure write={write} action="import" />
    </section>
  );
}

/** Every program id the file's rows name, for their names in the preview. */
function programIdsIn(file: UserDataFile): string[] {
  const ids = new Set<string>();
  for (const rows of Object.values<UserDataRows[keyof UserDataRows]>(file.tables))
    for (const row of rows) if ('programId' in row) ids.add(row.programId);
  return [...ids].sort();
}
