import type { Program } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';
import { BudgetAmount } from './BudgetAmount';
import { fiscalYearText, headlineBudget, yearSeparator } from './program-display';

/** The newest budget with its 内数 / 程度 flags and fiscal year, or 要確認 when none is given. */
export function HeadlineBudget({ program, labelled = false }: { program: Program; labelled?: boolean }) {
  const { t, locale } = useI18n();
  const budget = headlineBudget(program);
  // Labelled where no column heading says what is unknown (a card's line).
  if (!budget)
    return (
      <span className="unknown">
        {labelled ? t('value.unknownOf', { what: t('detail.budgets') }) : t('value.unknown')}
      </span>
    );
  // Its text is budgetText(): "¥3,000 million (part of a larger line), FY2022 budget request".
  return (
    <span className="headline-budget">
      <BudgetAmount entry={budget} />
      <span className="year-separator">{yearSeparator(locale)}</span>
      <span className="fiscal-year">{fiscalYearText(budget.fiscalYear, locale)}</span>
    </span>
  );
}
