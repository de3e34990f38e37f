import { useState } from 'react';
import { Link } from 'react-router';
import type { ProgramMatch } from '../../../../shared/matching/match-programs';
import { shortlists } from '../../db/shortlists-repository';
import { useI18n } from '../../i18n/i18n';
import { savedReasons } from './saved-reasons';

/** One click from a wizard result to a list: every "can apply" program, with its reasons. */
export function SaveResultsAsList({ subject, matches }: { subject: string; matches: ProgramMatch[] }) {
  const { t, locale } = useI18n();
  const [saved, setSaved] = useState<{ id: string; name: string; count: number } | null>(null);
  const save = async () => {
    const date = new Date().toLocaleDateString(locale === 'ja' ? 'ja-JP' : 'en-GB');
    // A long team description is cut: a list name has a length limit.
    const name = t('shortlist.wizardListName', {
      name: subject.length > 80 ? `${subject.slice(0, 79)}…` : subject,
      date,
    });
    const id = await shortlists.createWith(
      name,
      matches.map((match) => ({ program: match.program, reasons: savedReasons(match.reasons) })),
    );
    setSaved({ id, name, count: matches.length });
  };
  return (
    <div className="save-results">
      <button type="button" disabled={matches.length === 0} onClick={() => void save()}>
        {t('shortlist.addWizardResults')}
      </button>
      {saved && (
        <p role="status">
          {t('shortlist.wizardSaved', { count: saved.count, name: saved.name })}{' '}
          <Link to={`/shortlists/${saved.id}`}>{t('shortlist.openList')}</Link>
        </p>
      )}
    </div>
  );
}
