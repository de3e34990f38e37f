import type { Program } from '../../../../shared/catalog/program';
import { applicantLabel } from '../../../../shared/vocabulary/applicant-types';
import { useI18n } from '../../i18n/i18n';
import { applicantTypes } from '../../components/program-display';

export function ApplicantBadges({ program }: { program: Program }) {
  const { t, locale } = useI18n();
  const types = applicantTypes(program);
  if (types.length === 0) return <span className="unknown">{t('value.unknown')}</span>;
  return (
    <ul className="badges">
      {types.map((type) => (
        <li key={type} className="badge">
          {applicantLabel(type, locale)}
        </li>
      ))}
    </ul>
  );
}
