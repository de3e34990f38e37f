import { useState } from 'react';
import { Link } from 'react-router';
import type { ProgramMatch } from '../../../../shared/matching/match-programs';
import { shortlists } from '../../db/shortlists-repository';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';
import { savedReasons } from './saved-reasons';
import { formatDate, todayIso } from '../../../../shared/format/dates';

/** One click from a wizard result to a list: every "can apply" program, with its reasons. */
export function SaveResultsAsList({ subject, matches }: { subject: string; matches: ProgramMatch[] }) {
  const { t, locale } = useI18n();
  const [saved, setSaved] = useState<{ id: string; name: string; count: number } | null>(null);
  const write = useCheckedWrite();
  const save = () => {
    const date = formatDate(todayIso(), locale);
    // A long team description is cut: a list name has a length limit.
    const name = t('shortlist.wizardListName', {
      name: subject.length > 80 ? `${subject.slice(0, 79)}…` : subject,
      date,
    });
    write.run(
      () =>
        shortlists.createWith(
          name,
          matches.map((match) => ({ program: match.program, reasons: savedReasons(match.reasons) })),
        ),
      (id) => setSaved({ id, name, count: matches.length }),
    );
  };
  return (
    <div className="save-results">
      <button type="button" disabled={matches.length === 0 || write.saving} onClick={save}>
        {t('shortlist.addWizardResults')}
      </button>
      <WriteFailure write={write} />
      {saved && (
        <p role="status">
          {t('shortlist.wizardSaved', { count: saved.count, name: saved.name })}{' '}
          <Link to={`/shortlists/${saved.id}`}>{t('shortlist.openList')}</Link>
        </p>
      )}
    </div>
  );
}
