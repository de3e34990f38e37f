import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ENTRY_STATUSES, MAX_NOTE_LENGTH, type EntryStatus } from '../../../../shared/shortlist/shortlist';
import type { ShortlistEntry } from '../../db/db';
import { shortlists, type ShortlistRow } from '../../db/shortlists-repository';
import { useI18n } from '../../i18n/i18n';
import { MinistryAndBudget } from '../../components/MinistryAndBudget';
import { Printed } from '../../components/Printed';
import { DeadlineDate } from '../../components/DeadlineDate';
import { unsavedFieldProps, useCheckedField } from '../../components/useCheckedField';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { FieldChangedElsewhere, FieldWriteFailure, WriteFailure } from '../../components/WriteFailure';
import { formatDateTime } from '../../../../shared/format/dates';
import { ConflictResolver } from '../team/ConflictResolver';

/**
 * One program in a list: status, internal deadline and note are saved as the user edits them.
 * The note is written on every change (a put is about a millisecond), so closing the window right
 * after typing loses nothing; a change that fails to save stays on screen, marked, until it saves.
 */
export function ShortlistEntryCard({
  row: { entry, program },
  first,
  last,
  compared,
  canCompareMore,
  onCompare,
  onRemoved,
  readOnly = false,
}: {
  row: ShortlistRow;
  first: boolean;
  last: boolean;
  compared: boolean;
  canCompareMore: boolean;
  onCompare: (on: boolean) => void;
  onRemoved: (entry: ShortlistEntry) => void;
  /** A shared list this copy cannot write to now (no replica open, or newer team data). */
  readOnly?: boolean;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const { listId, programId } = entry;
  const update = (change: Parameters<typeof shortlists.update>[2]) =>
    shortlists.update(listId, programId, change);
  const status = useCheckedField(entry.status, (value: EntryStatus) => update({ status: value }));
  const deadline = useCheckedField(entry.deadline, (value: string | null) => update({ deadline: value }));
  const note = useCheckedField(entry.note, (value: string) => update({ note: value }));
  // A team conflict the user resolved (here or in another window) settles the fields: they show
  // the version kept, not what this window had on screen when the conflict arrived.
  const [hadConflict, setHadConflict] = useState(entry.conflict != null);
  if (hadConflict !== (entry.conflict != null)) {
    setHadConflict(entry.conflict != null);
    if (hadConflict) [status, deadline, note].forEach((field) => field.reset());
  }
  const actions = useCheckedWrite();
  const name = program?.name ?? entry.programName;
  return (
    <li className={`entry-card${entry.conflict ? ' has-conflict' : ''}`} data-program-id={programId}>
      <div className="entry-head">
        <h2 className="entry-name">
          <Printed>{program ? <Link to={`/programs/${programId}`}>{name}</Link> : name}</Printed>
        </h2>
        <label className="check compare-check">
          <input
            type="checkbox"
            checked={compared}
            disabled={!program || (!compared && !canCompareMore)}
            onChange={(e) => onCompare(e.target.checked)}
          />
          {t('shortlist.compareSelect')}
          <span className="visually-hidden" lang="ja">
            : {name}
          </span>
        </label>
      </div>
      {program ? (
        <p className="card-meta">
          <MinistryAndBudget program={program} />
        </p>
      ) : (
        <p className="missing" role="note">
          {t('shortlist.missing')}
        </p>
      )}
      {entry.updatedBy && (
        <p className="help">
          {t('team.lastChangedBy', { user: entry.updatedBy, time: formatDateTime(entry.updatedAt, locale) })}
        </p>
      )}
      {entry.conflict && (
        <ConflictResolver
          conflict={entry.conflict}
          disabled={readOnly}
          onResolve={(chosen) => actions.run(() => shortlists.resolveConflict(listId, programId, chosen))}
        />
      )}
      <fieldset className="entry-fields" disabled={readOnly}>
        <label htmlFor={`${id}-status`}>{t('shortlist.status')}</label>
        <span className="entry-field">
          <select
            id={`${id}-status`}
            value={status.value}
            onChange={(e) => status.change(e.target.value as EntryStatus)}
            {...unsavedFieldProps(status)}
          >
            {ENTRY_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`shortlist.status.${value}`)}
              </option>
            ))}
          </select>
          <FieldWriteFailure field={status} />
          <FieldChangedElsewhere field={status} fieldId={`${id}-status`} />
        </span>
        <label htmlFor={`${id}-deadline`}>{t('shortlist.deadline')}</label>
        <span className="entry-field">
          <span className="deadline-field">
            <input
              id={`${id}-deadline`}
              type="date"
              value={deadline.value ?? ''}
              onChange={(e) => deadline.change(e.target.value || null)}
              {...unsavedFieldProps(deadline)}
            />
            {deadline.value && (
              <>
                <span className="deadline-text">
                  <DeadlineDate iso={deadline.value} />
                </span>
                <button type="button" className="link-button" onClick={() => deadline.change(null)}>
                  {t('shortlist.clearDeadline')}
                </button>
              </>
            )}
          </span>
          <FieldWriteFailure field={deadline} />
          <FieldChangedElsewhere field={deadline} fieldId={`${id}-deadline`} />
        </span>
        <label htmlFor={`${id}-note`}>{t('shortlist.note')}</label>
        <span className="entry-field">
          <textarea
            id={`${id}-note`}
            value={note.value}
            maxLength={MAX_NOTE_LENGTH}
            rows={2}
            onChange={(e) => note.change(e.target.value)}
            {...unsavedFieldProps(note)}
          />
          <FieldWriteFailure field={note} />
          <FieldChangedElsewhere field={note} fieldId={`${id}-note`} />
        </span>
      </fieldset>
      <p className="row-actions">
        <button
          type="button"
          disabled={first || readOnly}
          aria-label={`${t('shortlists.moveUp')}: ${name}`}
          onClick={() => actions.run(() => shortlists.moveEntry(listId, programId, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={last || readOnly}
          aria-label={`${t('shortlists.moveDown')}: ${name}`}
          onClick={() => actions.run(() => shortlists.moveEntry(listId, programId, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="danger"
          disabled={readOnly}
          onClick={() =>
            actions.run(
              () => shortlists.remove(listId, programId),
              (removed) => removed && onRemoved(removed),
            )
          }
        >
          {t('shortlist.remove')}
        </button>{' '}
        <WriteFailure write={actions} />
      </p>
    </li>
  );
}
