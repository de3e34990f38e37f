import { useId, useState } from 'react';
import { ENTRY_STATUSES, MAX_NOTE_LENGTH, type EntryStatus } from '../../../../shared/shortlist/shortlist';
import { formatDate, formatDateTime } from '../../../../shared/format/dates';
import type { EditedEntryFields } from '../../../../shared/team/team-docs';
import type { EntryConflict } from '../../db/team-rows';
import { useI18n } from '../../i18n/i18n';

/**
 * A conflict shown to a person: every version side by side with who changed it and when, each
 * with "keep this one", and a merge that starts from both notes joined. Nothing is decided
 * until someone chooses; until then the entry stays marked.
 */
export function ConflictResolver({
  conflict,
  disabled,
  onResolve,
}: {
  conflict: EntryConflict;
  disabled: boolean;
  onResolve: (chosen: EditedEntryFields) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [merging, setMerging] = useState(false);
  const first = conflict.versions[0]!;
  const [note, setNote] = useState(() =>
    [...new Set(conflict.versions.map((v) => v.note.trim()).filter(Boolean))].join('\n'),
  );
  const [status, setStatus] = useState<EntryStatus>(first.status);
  const [deadline, setDeadline] = useState(first.deadline ?? '');
  return (
    <section className="conflict" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('team.conflict.heading', { count: conflict.versions.length })}</h3>
      <ol className="conflict-versions">
        {conflict.versions.map((version, i) => {
          const who = t('team.conflict.version', {
            user: version.updatedBy,
            time: formatDateTime(version.updatedAt, locale),
          });
          return (
            <li key={version.rev}>
              <p className="conflict-who">
                <strong>{who}</strong>
                {i === 0 && <span className="badge"> {t('team.conflict.current')}</span>}
              </p>
              <dl className="facts">
                <dt>{t('shortlist.status')}</dt>
                <dd>{t(`shortlist.status.${version.status}`)}</dd>
                <dt>{t('shortlist.deadline')}</dt>
                <dd>
                  {version.deadline ? formatDate(version.deadline, locale) : t('team.conflict.noDeadline')}
                </dd>
                <dt>{t('shortlist.note')}</dt>
                <dd className="conflict-note">{version.note || t('team.conflict.emptyNote')}</dd>
              </dl>
              <button
                type="button"
                disabled={disabled}
                aria-label={`${t('team.conflict.keep')}: ${who}`}
                onClick={() =>
                  onResolve({ status: version.status, note: version.note, deadline: version.deadline })
                }
              >
                {t('team.conflict.keep')}
              </button>
            </li>
          );
        })}
      </ol>
      {merging ? (
        <div className="conflict-merge">
          <p className="help">{t('team.conflict.mergeHelp')}</p>
          <label htmlFor={`${id}-note`}>{t('shortlist.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={4}
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <label htmlFor={`${id}-status`}>{t('shortlist.status')}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as EntryStatus)}
          >
            {ENTRY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`shortlist.status.${s}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-deadline`}>{t('shortlist.deadline')}</label>
          <input
            id={`${id}-deadline`}
            type="date"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
          <p>
            <button
              type="button"
              className="primary"
              disabled={disabled}
              onClick={() => onResolve({ note, status, deadline: deadline || null })}
            >
              {t('team.conflict.mergeSave')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" disabled={disabled} onClick={() => setMerging(true)}>
          {t('team.conflict.merge')}
        </button>
      )}
    </section>
  );
}
