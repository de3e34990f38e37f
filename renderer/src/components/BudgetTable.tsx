import type { BudgetEntry } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';
import { budgetFlags, formatAmount } from './program-display';

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
          <th scope="col">{t('detail.budget.previous')}</th>
        </tr>
      </thead>
      <tbody>
        {budgets.map((entry, index) => (
          <tr key={index}>
            <th scope="row">
              {entry.fiscalYear.label}
              <span className="western-year">（{entry.fiscalYear.year}）</span>
            </th>
            <td>
              {formatAmount(entry, locale)}
              {budgetFlags(entry, t).map((flag) => (
                <span key={flag} className="flag">
                  {flag}
                </span>
              ))}
            </td>
            <td>
              {entry.text}
              {entry.note && <small className="note">{entry.note}</small>}
            </td>
            <td>
              {entry.previous
                ? `${entry.previous.fiscalYear.label}: ${entry.previous.text}`
                : t('value.none')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
