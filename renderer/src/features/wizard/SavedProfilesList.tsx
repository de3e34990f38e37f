import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { profileToParams } from '../../../../shared/matching/profile';
import {
  deleteProfile,
  renameProfile,
  useSavedProfiles,
  type SavedProfile,
} from '../../db/profiles-repository';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';
import { useAnswerLabels } from './labels';

/** A consultant's client profiles: open, rename and delete. */
export function SavedProfilesList() {
  const { t } = useI18n();
  const profiles = useSavedProfiles();
  const [status, setStatus] = useState('');
  if (!profiles || profiles.length === 0) return <p role="status">{status}</p>;
  return (
    <section aria-labelledby="saved-profiles-heading" className="saved-profiles">
      <h2 id="saved-profiles-heading">{t('profiles.heading')}</h2>
      <ul>
        {profiles.map((saved) => (
          <SavedProfileRow
            key={saved.id}
            saved={saved}
            onDeleted={(name) => setStatus(t('profiles.deleted', { name }))}
          />
        ))}
      </ul>
      <p role="status">{status}</p>
    </section>
  );
}

function SavedProfileRow({ saved, onDeleted }: { saved: SavedProfile; onDeleted: (name: string) => void }) {
  const { t } = useI18n();
  const labels = useAnswerLabels(undefined);
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [name, setName] = useState(saved.name);
  const write = useCheckedWrite();
  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    write.run(
      () => renameProfile(saved.id, name),
      () => setMode('view'),
    );
  };
  if (mode === 'rename') {
    return (
      <li className="saved-profile">
        <form onSubmit={submitRename}>
          <label htmlFor={`rename-${saved.id}`}>{t('profiles.renameLabel')}</label>
          <input
            id={`rename-${saved.id}`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
            maxLength={80}
          />
          <button type="submit">{t('profiles.renameSave')}</button>
          <button type="button" onClick={() => setMode('view')}>
            {t('profiles.cancel')}
          </button>
          <WriteFailure write={write} unsavedInput />
        </form>
      </li>
    );
  }
  return (
    <li className="saved-profile">
      <strong className="saved-name">{saved.name}</strong>
      <span className="card-meta">
        {saved.profile.members.length > 1 && `${t('wizard.answer.team')}: `}
        {labels.members(saved.profile.members)}
      </span>
      <Link
        to={{
          pathname: '/wizard/result',
          search: `${profileToParams(saved.profile).toString()}&saved=${saved.id}`,
        }}
        aria-label={`${saved.name}: ${t('profiles.open')}`}
      >
        {t('profiles.open')}
      </Link>
      <button
        type="button"
        onClick={() => setMode('rename')}
        aria-label={`${saved.name}: ${t('profiles.rename')}`}
      >
        {t('profiles.rename')}
      </button>
      {mode === 'confirm' ? (
        <button
          type="button"
          className="danger"
          autoFocus
          onClick={() =>
            write.run(
              () => deleteProfile(saved.id),
              () => onDeleted(saved.name),
            )
          }
        >
          {t('profiles.confirmDelete')}
        </button>
      ) : (
        <button
          type="button"
          onClick={() => setMode('confirm')}
          aria-label={`${saved.name}: ${t('profiles.delete')}`}
        >
          {t('profiles.delete')}
        </button>
      )}
      <WriteFailure write={write} />
    </li>
  );
}
