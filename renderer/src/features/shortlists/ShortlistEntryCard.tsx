import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ENTRY_STATUSES, MAX_NOTE_LENGTH, type EntryStatus } from '../../../../shared/shortlist/shortlist';
import type { ShortlistEntry } from '../../db/db';
import { shortlists, type ShortlistRow } from '../../db/shortlists-repository';
import { useI18n } from '../../i18n/i18n';
import { HeadlineBudget } from '../../components/HeadlineBudget';
import { formatDateTime } from '../../../../shared/format/dates';
import { ConflictResolver } from '../team/ConflictResolver';

/** One program in a list: status, internal deadline and note are saved as the user edits them. */
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
    void shortlists.update(listId, programId, change);
  const name = program?.name ?? entry.programName;
  return (
    <li className={`entry-card${entry.conflict ? ' has-conflict' : ''}`} data-program-id={programId}>
      <div className="entry-head">
        <h2 className="entry-name">{program ? <Link to={`/programs/${programId}`}>{name}</Link> : name}</h2>
        <label className="check compare-check">
          <input
            type="checkbox"
            checked={compared}
            disabled={!program || (!compared && !canCompareMore)}
            onChange={(e) => onCompare(e.target.checked)}
          />
          {t('shortlist.compareSelect')}
          <span className="visually-hidden">: {name}</span>
        </label>
      </div>
      {program ? (
        <p className="card-meta">
          {program.ministries.join('・') || t('value.unknown')} · <HeadlineBudget program={program} />
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
          onResolve={(chosen) => void shortlists.resolveConflict(listId, programId, chosen)}
        />
      )}
      <fieldset className="entry-fields" disabled={readOnly}>
        <label htmlFor={`${id}-status`}>{t('shortlist.status')}</label>
        <select
          id={`${id}-status`}
          value={entry.status}
          onChange={(e) => update({ status: e.target.value as EntryStatus })}
        >
          {ENTRY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`shortlist.status.${status}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-deadline`}>{t('shortlist.deadline')}</label>
        <span>
          <input
            id={`${id}-deadline`}
            type="date"
            value={entry.deadline ?? ''}
            onChange={(e) => update({ deadline: e.target.value || null })}
          />
          {entry.deadline && (
            <button type="button" className="link-button" onClick={() => update({ deadline: null })}>
              {t('shortlist.clearDeadline')}
            </button>
          )}
        </span>
        <label htmlFor={`${id}-note`}>{t('shortlist.note')}</label>
        <NoteField id={`${id}-note`} saved={entry.note} onSave={(note) => update({ note })} />
      </fieldset>
      <p className="row-actions">
        <button
          type="button"
          disabled={first || readOnly}
          aria-label={`${t('shortlists.moveUp')}: ${name}`}
          onClick={() => void shortlists.moveEntry(listId, programId, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={last || readOnly}
          aria-label={`${t('shortlists.moveDown')}: ${name}`}
          onClick={() => void shortlists.moveEntry(listId, programId, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="danger"
          disabled={readOnly}
          onClick={() =>
            void shortlists.remove(listId, programId).then((removed) => removed && onRemoved(removed))
          }
        >
          {t('shortlist.remove')}
        </button>
      </p>
    </li>
  );
}

/**
 * The note is the user's own text: every change is written at once (a put is about a millisecond),
 * so closing the window right after typing loses nothing. Until storage shows the saved text,
 * the field keeps showing what was typed.
 */
function NoteField({ id, saved, onSave }: { id: string; saved: string; onSave: (note: string) => void }) {
  const [typed, setTyped] = useState<string | null>(null);
  if (typed !== null && typed === saved) setTyped(null);
  return (
    <textarea
      id={id}
      value={typed ?? saved}
      maxLength={MAX_NOTE_LENGTH}
      rows={3}
      onChange={(e) => {
        setTyped(e.target.value);
        onSave(e.target.value);
      }}
    />
  );
}
