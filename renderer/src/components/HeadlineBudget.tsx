import type { Program } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';
import { budgetFlags, fiscalYearText, formatAmount, headlineBudget } from './program-display';

/** The newest budget with its 内数 / 程度 flags and fiscal year, or 要確認 when none is given. */
export function HeadlineBudget({ program }: { program: Program }) {
  const { t, locale } = useI18n();
  const budget = headlineBudget(program);
  if (!budget) return <span className="unknown">{t('value.unknown')}</span>;
  // Real spaces between the parts: read aloud or copied, they do not run together.
  return (
    <span className="headline-budget">
      <span className="amount" lang={budget.amountYen === null ? 'ja' : undefined}>
        {formatAmount(budget, locale)}
      </span>
      {budgetFlags(budget, t).map((flag) => (
        <span key={flag}>
          {' '}
          <span className="flag">{flag}</span>
        </span>
      ))}{' '}
      <span className="fiscal-year">{fiscalYearText(budget.fiscalYear, locale)}</span>
    </span>
  );
}
