import { applicantLabel } from '../../../shared/vocabulary/applicant-types';
import type { EligibilityEntry } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';
import { Printed } from './Printed';

/** Who may apply, each with the source's own words; in English the type is named, the label quoted. */
export function EligibilityList({ entries, note }: { entries: EligibilityEntry[]; note: string | null }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) {
    return (
      <p className="unknown">
        {t('value.unknownEligibility')}
        {note && (
          <small className="note" lang="ja">
            {note}
          </small>
        )}
      </p>
    );
  }
  return (
    <ul className="eligibility">
      {entries.map((entry) => (
        <li key={`${entry.applicant}-${entry.label}`}>
          <strong>{locale === 'ja' ? entry.label : applicantLabel(entry.applicant, locale)}</strong>{' '}
          <span className={`basis basis-${entry.basis}`}>{t(`detail.eligibility.${entry.basis}`)}</span>{' '}
          {locale === 'en' && (
            <>
              <Printed className="eligibility-label">{entry.label}</Printed>{' '}
            </>
          )}
          <q lang="ja">{entry.source.quote}</q>
        </li>
      ))}
      {note && (
        <li className="note" lang="ja">
          {note}
        </li>
      )}
    </ul>
  );
}
