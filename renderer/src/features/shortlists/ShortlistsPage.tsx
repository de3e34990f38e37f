import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { UndoBar } from '../../components/UndoBar';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import {
  shortlists,
  useDeadlines,
  useShortlists,
  type DeletedShortlist,
} from '../../db/shortlists-repository';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';
import { noRoomText } from '../../i18n/room-text';
import { exportShortlistFile, importShortlistFile, problemText, type ImportOutcome } from './shortlist-files';
import { ShortlistRowActions } from './ShortlistRowActions';
import { DeadlineDate } from '../../components/DeadlineDate';
import { EntryProgramName } from '../../components/EntryProgramName';
import { Printed } from '../../components/Printed';
import { SharingBadge } from '../team/SharingBadge';

export function ShortlistsPage() {
  const { t, tn, locale } = useI18n();
  useDocumentTitle(t('shortlists.heading'));
  const lists = useShortlists();
  const [name, setName] = useState('');
  const [deleted, setDeleted] = useState<DeletedShortlist | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const createWrite = useCheckedWrite();
  const undo = useCheckedWrite();
  const exportWrite = useCheckedWrite();
  const importWrite = useCheckedWrite();
  // After an import, focus moves to the first new list (its link appears once the live query has
  // it); a failed or cancelled import leaves focus on the import button.
  const focused = useRef<string | null>(null);
  const focusImported = (link: HTMLAnchorElement | null) => {
    if (!link || outcome?.status !== 'imported' || focused.current === outcome.listIds[0]) return;
    focused.current = outcome.listIds[0] ?? null;
    link.focus();
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    createWrite.run(
      () => shortlists.create(name),
      () => setName(''),
    );
  };

  return (
    <section aria-labelledby="shortlists-heading" className="shortlists-page">
      <h1 id="shortlists-heading">{t('shortlists.heading')}</h1>
      <p className="help">{t('shortlists.intro')}</p>
      <form className="inline-form" onSubmit={create}>
        <label htmlFor="new-list-name">{t('shortlists.name')}</label>
        <input id="new-list-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        <button type="submit" disabled={!name.trim() || createWrite.saving}>
          {t('shortlists.create')}
        </button>
        <WriteFailure write={createWrite} unsavedInput />
      </form>
      {deleted && (
        <UndoBar
          message={t('shortlists.deleted', { name: deleted.list.name })}
          onUndo={() =>
            undo.run(
              () => shortlists.restore(deleted),
              () => setDeleted(null),
            )
          }
          onDismiss={() => setDeleted(null)}
        />
      )}
      <WriteFailure write={undo} />
      {lists?.length === 0 && <p>{t('shortlists.empty')}</p>}
      {lists && lists.length > 0 && (
        <ol className="shortlist-index">
          {lists.map((list, i) => (
            <li key={list.id} data-list-id={list.id}>
              <Link
                to={`/shortlists/${list.id}`}
                className="list-name"
                ref={
                  outcome?.status === 'imported' && outcome.listIds[0] === list.id ? focusImported : undefined
                }
              >
                {list.name}
              </Link>{' '}
              <SharingBadge list={list} /> <span className="count">{tn('shortlists.count', list.count)}</span>
              <ShortlistRowActions
                list={list}
                first={i === 0}
                last={i === lists.length - 1}
                onDeleted={setDeleted}
              />
            </li>
          ))}
        </ol>
      )}
      <p className="file-actions">
        {lists && lists.length > 0 && (
          <button
            type="button"
            onClick={() =>
              exportWrite.run(() =>
                exportShortlistFile(
                  lists.map((l) => l.id),
                  t('shortlists.heading'),
                ),
              )
            }
          >
            {t('shortlists.exportFile')}
          </button>
        )}{' '}
        <button
          type="button"
          // Not `disabled` while importing: disabling the focused button would drop focus to <body>.
          aria-disabled={importWrite.saving}
          onClick={() => {
            if (!importWrite.saving) importWrite.run(() => importShortlistFile(t), setOutcome);
          }}
        >
          {t('shortlists.importFile')}
        </button>{' '}
        <WriteFailure write={exportWrite} action="export" />
        <WriteFailure write={importWrite} action="import" />
      </p>
      {outcome?.status === 'imported' && (
        <p role="status">
          {t('shortlists.imported', { file: outcome.file, count: outcome.count })}
          {outcome.unreadableReasons > 0 &&
            ` ${t('shortlists.unreadableReasons', { count: outcome.unreadableReasons })}`}
          {outcome.duplicates > 0 && ` ${t('shortlists.mergedDuplicates', { count: outcome.duplicates })}`}
          {outcome.unknownPrograms > 0 &&
            ` ${t('shortlists.unknownPrograms', { count: outcome.unknownPrograms })}`}
        </p>
      )}
      {outcome?.status === 'failed' && (
        <div role="alert" className="problem-list">
          <p>{t('shortlists.importFailed', { file: outcome.file })}</p>
          <ul>
            {outcome.problems.map((problem, i) => (
              <li key={i}>{problemText(problem, t, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.status === 'not-saved' && (
        <p role="alert" className="problem-list">
          {t('listFile.notSaved', {
            file: outcome.file,
            reason: outcome.room
              ? noRoomText(outcome.room, t, locale)
              : t(`write.problem.${outcome.problem}`),
          })}
        </p>
      )}
      <Deadlines />
    </section>
  );
}

function Deadlines() {
  const { t } = useI18n();
  const deadlines = useDeadlines();
  return (
    <section aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">{t('shortlists.deadlines')}</h2>
      {deadlines?.length === 0 && <p>{t('shortlists.noDeadlines')}</p>}
      {deadlines && deadlines.length > 0 && (
        <table className="deadline-table">
          <thead>
            <tr>
              <th scope="col">{t('shortlists.deadline')}</th>
              <th scope="col">{t('column.name')}</th>
              <th scope="col">{t('shortlists.list')}</th>
              <th scope="col">{t('shortlist.status')}</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map(({ entry, listName, program }) => (
              <tr key={entry.id}>
                <td>
                  <DeadlineDate iso={entry.deadline!} />
                </td>
                <th scope="row">
                  <EntryProgramName entry={entry} program={program} />
                </th>
                <td>
                  <Link to={`/shortlists/${entry.listId}`}>
                    <Printed>{listName}</Printed>
                  </Link>
                </td>
                <td>{t(`shortlist.status.${entry.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
