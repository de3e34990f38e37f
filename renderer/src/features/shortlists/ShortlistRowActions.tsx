import { useState, type FormEvent } from 'react';
import { shortlists, type DeletedShortlist, type ShortlistSummary } from '../../db/shortlists-repository';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';

/** Rename, reorder, duplicate and delete for one list in the index. */
export function ShortlistRowActions({
  list,
  first,
  last,
  onDeleted,
}: {
  list: ShortlistSummary;
  first: boolean;
  last: boolean;
  onDeleted: (deleted: DeletedShortlist) => void;
}) {
  const { t } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [name, setName] = useState(list.name);
  const write = useCheckedWrite();
  // The form closes only once the new name is saved; a failure keeps it open with the name typed.
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    write.run(
      () => shortlists.rename(list.id, name),
      () => setRenaming(false),
    );
  };
  if (renaming)
    return (
      <form className="inline-form" onSubmit={save}>
        <input
          aria-label={t('shortlists.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
          autoFocus
          onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
        />
        <button type="submit" disabled={!name.trim() || write.saving}>
          {t('shortlists.renameSave')}
        </button>
        <WriteFailure write={write} unsavedInput />
      </form>
    );
  const label = (action: string) => `${action}: ${list.name}`;
  const remove = () =>
    write.run(
      () => shortlists.delete(list.id),
      (deleted) => deleted && onDeleted(deleted),
    );
  // A shared list leaves every member's app: asked first.
  if (confirmingDelete)
    return (
      <span className="row-actions confirm" role="group" aria-label={label(t('shortlists.delete'))}>
        <span>{t('team.deleteShared')}</span>
        <button type="button" className="danger" onClick={remove}>
          {t('team.deleteSharedYes')}
        </button>
        <button type="button" onClick={() => setConfirmingDelete(false)} autoFocus>
          {t('team.cancel')}
        </button>
      </span>
    );
  return (
    <span className="row-actions">
      <button type="button" aria-label={label(t('shortlists.rename'))} onClick={() => setRenaming(true)}>
        {t('shortlists.rename')}
      </button>
      <button
        type="button"
        aria-label={label(t('shortlists.moveUp'))}
        disabled={first}
        onClick={() => write.run(() => shortlists.move(list.id, -1))}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={label(t('shortlists.moveDown'))}
        disabled={last}
        onClick={() => write.run(() => shortlists.move(list.id, 1))}
      >
        ↓
      </button>
      <button
        type="button"
        aria-label={label(t('shortlists.duplicate'))}
        onClick={() =>
          write.run(() => shortlists.duplicate(list.id, t('shortlists.copyName', { name: list.name })))
        }
      >
        {t('shortlists.duplicate')}
      </button>
      <button
        type="button"
        className="danger"
        aria-label={label(t('shortlists.delete'))}
        onClick={() => (list.sharing === 'team' ? setConfirmingDelete(true) : remove())}
      >
        {t('shortlists.delete')}
      </button>{' '}
      <WriteFailure write={write} />
    </span>
  );
}
