import type { BudgetEntry } from '../../../shared/catalog/program';
import { programBudgetFigures } from '../../../shared/charts/budget-figures';
import { useI18n } from '../i18n/i18n';
import { BudgetAmount } from './BudgetAmount';
import { fiscalYearText } from './program-display';
import { Printed } from './Printed';

/**
 * A program's budget figures, one row per figure and in the chart's order (newest year first): the
 * previous year's figure a line prints beside its own is a row of its own, marked as such.
 */
export function BudgetTable({ budgets }: { budgets: BudgetEntry[] }) {
  const { t, locale } = useI18n();
  if (budgets.length === 0) return <p className="unknown">{t('value.unknown')}</p>;
  return (
    <table className="budget-table">
      <thead>
        <tr>
          <th scope="col">{t('detail.budget.fiscalYear')}</th>
          <th scope="col">{t('detail.budget.amount')}</th>
          <th scope="col">{t('detail.budget.printed')}</th>
        </tr>
      </thead>
      <tbody>
        {programBudgetFigures({ budgets }).map((figure, index) => (
          <tr key={index} className={figure.previousYear ? 'previous-year' : undefined}>
            <th scope="row">
              {fiscalYearText(figure.fiscalYear, locale)}
              {locale === 'ja' && <span className="western-year">（{figure.fiscalYear.year}）</span>}
              {figure.previousYear && (
                <>
                  {' '}
                  <small className="previous-year-note">{t('chart.programBudget.previous')}</small>
                </>
              )}
            </th>
            <td>
              <BudgetAmount entry={figure} unknown={<span className="unknown">{t('value.unknown')}</span>} />
            </td>
            <td>
              <Printed>{figure.text}</Printed>
              {figure.note && (
                <small className="note" lang="ja">
                  {figure.note}
                </small>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
