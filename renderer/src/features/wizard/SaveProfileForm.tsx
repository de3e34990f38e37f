import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Profile } from '../../../../shared/matching/profile';
import { saveProfile } from '../../db/profiles-repository';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';

/** Saves the answers (an organisation or a team) under a name; the result page then names it. */
export function SaveProfileForm({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');
  const write = useCheckedWrite();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setSaved('');
    write.run(
      () => saveProfile(name, profile),
      (id) => {
        setSaved(t('result.save.done', { name: name.trim() }));
        setName('');
        const next = new URLSearchParams(params);
        next.set('saved', id);
        navigate({ search: next.toString() }, { replace: true });
      },
    );
  };
  return (
    <form className="save-profile" onSubmit={submit}>
      <label htmlFor="profile-name">{t('result.save.label')}</label>
      <input
        id="profile-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={80}
        required
      />
      <button type="submit" disabled={write.saving}>
        {t('result.save.button')}
      </button>
      <p role="status" className="saved-message">
        {saved}
      </p>
      <WriteFailure write={write} unsavedInput />
    </form>
  );
}
