import type { BudgetEntry } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';
import { BudgetAmount } from './BudgetAmount';
import { fiscalYearText } from './program-display';
import { Printed } from './Printed';

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
              {fiscalYearText(entry.fiscalYear, locale)}
              {locale === 'ja' && <span className="western-year">（{entry.fiscalYear.year}）</span>}
            </th>
            <td>
              <BudgetAmount entry={entry} unknown={<span className="unknown">{t('value.unknown')}</span>} />
            </td>
            <td>
              <Printed>{entry.text}</Printed>
              {entry.note && (
                <small className="note" lang="ja">
                  {entry.note}
                </small>
              )}
            </td>
            <td>
              {entry.previous ? (
                <>
                  {fiscalYearText(entry.previous.fiscalYear, locale)}:{' '}
                  <Printed>{entry.previous.text}</Printed>
                </>
              ) : (
                t('value.none')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
