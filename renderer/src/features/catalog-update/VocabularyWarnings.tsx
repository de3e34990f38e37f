import type { VocabularyWarning } from '../../../../shared/catalog-table/vocabulary-check';
import { useI18n } from '../../i18n/i18n';

/** Ministries and agencies the glossary and the installed catalog do not know, each with its likely intended name. */
export function VocabularyWarnings({
  warnings,
  confirmed,
  onConfirm,
}: {
  warnings: VocabularyWarning[];
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="warning vocabulary" role="group" aria-labelledby="vocabulary-heading">
      <h3 id="vocabulary-heading">{t('update.vocabulary.heading')}</h3>
      <ul>
        {warnings.slice(0, 50).map((w, i) => (
          <li key={i}>
            {t('update.vocabulary.item', {
              name: w.programName,
              id: w.programId,
              column: w.column,
              value: w.value,
            })}{' '}
            {w.suggestion
              ? t('update.vocabulary.suggest', { suggestion: w.suggestion })
              : t('update.vocabulary.none')}
          </li>
        ))}
      </ul>
      {warnings.length > 50 && <p>{t('update.more', { count: warnings.length - 50 })}</p>}
      <p>{t('update.vocabulary.fix')}</p>
      <label className="check">
        <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} />
        {t('update.vocabulary.confirm')}
      </label>
    </div>
  );
}
