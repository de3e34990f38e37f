import { useState } from 'react';
import { Link } from 'react-router';
import type { ProgramMatch } from '../../../../shared/matching/match-programs';
import { shortlists, useShortlists, type ShortlistSummary } from '../../db/shortlists-repository';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';
import { wizardVerdict } from './saved-reasons';
import { formatDate, todayIso } from '../../../../shared/format/dates';

/**
 * One click from a wizard result to a list: every "can apply" program, with its group and reasons.
 * The list is named after the client and the day; when a list of that name exists (the button was
 * pressed before), it asks before making a second one, and links to the first. The result page
 * holds only the programs it draws, so `load` fetches all of them from the matching worker.
 */
export function SaveResultsAsList({
  subject,
  count,
  load,
}: {
  subject: string;
  count: number;
  load: () => Promise<Pick<ProgramMatch, 'program' | 'group' | 'reasons'>[]>;
}) {
  const { t, tn, locale } = useI18n();
  const lists = useShortlists();
  const [saved, setSaved] = useState<{ id: string; name: string; count: number } | null>(null);
  const [existing, setExisting] = useState<ShortlistSummary | null>(null);
  const write = useCheckedWrite();
  const date = formatDate(todayIso(), locale);
  // A long team description is cut: a list name has a length limit.
  const name = t('shortlist.wizardListName', {
    name: subject.length > 80 ? `${subject.slice(0, 79)}…` : subject,
    date,
  });
  const create = (listName: string) => {
    setExisting(null);
    write.run(
      async () => {
        const matches = await load();
        const id = await shortlists.createWith(
          listName,
          matches.map((match) => ({ program: match.program, wizard: wizardVerdict(match) })),
        );
        return { id, count: matches.length };
      },
      ({ id, count: saved }) => setSaved({ id, name: listName, count: saved }),
    );
  };
  const save = () => {
    setSaved(null);
    const same = lists?.find((l) => l.name === name);
    if (same) setExisting(same);
    else create(name);
  };
  /** 「…の候補（2026/12/2）（2）」: the first free number. */
  const anotherName = () => {
    const taken = new Set(lists?.map((l) => l.name));
    let n = 2;
    while (taken.has(t('shortlist.wizardCopyName', { name, n }))) n++;
    return t('shortlist.wizardCopyName', { name, n });
  };
  return (
    <div className="save-results">
      {/* Until the lists are read, a second list of the same name could not be noticed. */}
      <button
        type="button"
        disabled={count === 0 || write.saving || lists === undefined}
        aria-describedby={count === 0 ? 'save-results-none' : undefined}
        onClick={save}
      >
        {t('shortlist.addWizardResults')}
      </button>
      {/* A disabled button says why: nothing is 対象, so there is nothing to save in one click. */}
      {count === 0 && (
        <p id="save-results-none" className="help">
          {t('shortlist.noEligibleToSave')}
        </p>
      )}
      <WriteFailure write={write} />
      {existing && (
        <div role="alert" className="confirm-overwrite">
          <p>{tn('shortlist.wizardExists', existing.count, { name: existing.name })}</p>
          <Link to={`/shortlists/${existing.id}`}>{t('shortlist.openList')}</Link>{' '}
          <button type="button" onClick={() => create(anotherName())} disabled={write.saving}>
            {t('shortlist.wizardAnother')}
          </button>{' '}
          <button type="button" onClick={() => setExisting(null)} autoFocus>
            {t('profiles.cancel')}
          </button>
        </div>
      )}
      {saved && (
        <p role="status">
          {tn('shortlist.wizardSaved', saved.count, { name: saved.name })}{' '}
          <Link to={`/shortlists/${saved.id}`}>{t('shortlist.openList')}</Link>
        </p>
      )}
    </div>
  );
}
