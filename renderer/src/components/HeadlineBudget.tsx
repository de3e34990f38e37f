import type { Program } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';
import { budgetFlags, formatAmount, headlineBudget } from './program-display';

/** The newest budget with its 内数 / 程度 flags and fiscal year, or 要確認 when none is given. */
export function HeadlineBudget({ program }: { program: Program }) {
  const { t, locale } = useI18n();
  const budget = headlineBudget(program);
  if (!budget) return <span className="unknown">{t('value.unknown')}</span>;
  return (
    <>
      <span className="amount">{formatAmount(budget, locale)}</span>
      {budgetFlags(budget, t).map((flag) => (
        <span key={flag} className="flag">
          {flag}
        </span>
      ))}
      <span className="fiscal-year">{budget.fiscalYear.label}</span>
    </>
  );
}
