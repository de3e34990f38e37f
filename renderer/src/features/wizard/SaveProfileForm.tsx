import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Profile } from '../../../../shared/matching/profile';
import {
  replaceProfile,
  saveProfile,
  useSavedProfiles,
  type SavedProfile,
} from '../../db/profiles-repository';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';
import { useAnswerLabels } from './labels';

/**
 * Saves the answers (an organisation or a team) under a name; the result page then names it. A
 * name already in use asks first whether to overwrite that profile; an empty name is said in
 * words next to the field. A message of an earlier save never stays beside a new attempt.
 */
export function SaveProfileForm({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const labels = useAnswerLabels(undefined);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const profiles = useSavedProfiles();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');
  const [empty, setEmpty] = useState(false);
  const [taken, setTaken] = useState<SavedProfile | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const write = useCheckedWrite();

  const store = (overwrite: SavedProfile | null) => {
    const trimmed = name.trim();
    write.run(
      () => (overwrite ? replaceProfile(overwrite.id, trimmed, profile) : saveProfile(trimmed, profile)),
      (id) => {
        setSaved(t(overwrite ? 'result.save.replaced' : 'result.save.done', { name: trimmed }));
        setTaken(null);
        setName('');
        const next = new URLSearchParams(params);
        next.set('saved', id);
        navigate({ search: next.toString() }, { replace: true });
      },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    setTaken(null);
    if (!name.trim()) {
      setEmpty(true);
      input.current?.focus();
      return;
    }
    setEmpty(false);
    const same = profiles?.find((p) => p.name === name.trim());
    if (same) setTaken(same);
    else store(null);
  };
  const cancel = () => {
    setTaken(null);
    input.current?.focus();
  };
  return (
    <form className="save-profile" onSubmit={submit} noValidate>
      <label htmlFor="profile-name">{t('result.save.label')}</label>
      <input
        id="profile-name"
        ref={input}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setSaved('');
          setEmpty(false);
          setTaken(null);
        }}
        maxLength={80}
        aria-required="true"
        aria-invalid={empty || undefined}
        aria-describedby={empty ? 'profile-name-problem' : undefined}
      />
      {/* Until the profiles are read, a name already in use could not be noticed. */}
      <button type="submit" disabled={write.saving || profiles === undefined}>
        {t('result.save.button')}
      </button>
      {empty && (
        <p id="profile-name-problem" role="alert" className="field-error">
          {t('result.save.nameMissing')}
        </p>
      )}
      {taken && (
        <div role="alert" className="confirm-overwrite">
          <p>{t('result.save.exists', { name: taken.name, who: labels.members(taken.profile.members) })}</p>
          <button type="button" onClick={() => store(taken)} disabled={write.saving}>
            {t('result.save.overwrite')}
          </button>{' '}
          {/* The safe choice has focus: Enter pressed by habit overwrites nothing. */}
          <button type="button" onClick={cancel} autoFocus>
            {t('profiles.cancel')}
          </button>
        </div>
      )}
      <p role="status" className="saved-message">
        {saved}
      </p>
      <WriteFailure write={write} unsavedInput />
    </form>
  );
}
