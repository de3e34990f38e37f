import type { Program } from '../../../../shared/catalog/program';
import { useI18n } from '../../i18n/i18n';

export function EligibilityList({ program }: { program: Program }) {
  const { t } = useI18n();
  if (program.eligibility.length === 0) {
    return (
      <p className="unknown">
        {t('value.unknownEligibility')}
        {program.eligibilityNote && <small className="note">{program.eligibilityNote}</small>}
      </p>
    );
  }
  return (
    <ul className="eligibility">
      {program.eligibility.map((entry) => (
        <li key={entry.applicant}>
          <strong>{entry.label}</strong>
          <span className={`basis basis-${entry.basis}`}>{t(`detail.eligibility.${entry.basis}`)}</span>
          <q>{entry.source.quote}</q>
        </li>
      ))}
    </ul>
  );
}
