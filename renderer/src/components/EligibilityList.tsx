import type { EligibilityEntry } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';

export function EligibilityList({ entries, note }: { entries: EligibilityEntry[]; note: string | null }) {
  const { t } = useI18n();
  if (entries.length === 0) {
    return (
      <p className="unknown">
        {t('value.unknownEligibility')}
        {note && <small className="note">{note}</small>}
      </p>
    );
  }
  return (
    <ul className="eligibility">
      {entries.map((entry) => (
        <li key={`${entry.applicant}-${entry.label}`}>
          <strong>{entry.label}</strong>
          <span className={`basis basis-${entry.basis}`}>{t(`detail.eligibility.${entry.basis}`)}</span>
          <q>{entry.source.quote}</q>
        </li>
      ))}
      {note && <li className="note">{note}</li>}
    </ul>
  );
}
