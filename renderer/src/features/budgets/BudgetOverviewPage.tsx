import { Link } from 'react-router';
import type { MinistryYear, ProgramFigure } from '../../../../shared/charts/catalog-budgets';
import { formatFiscalYear } from '../../../../shared/format/dates';
import { BarChart } from '../../components/charts/BarChart';
import {
  figureValue,
  fiscalYearLabel,
  ministryFull,
  ministryShort,
  yenAxis,
} from '../../components/charts/budget-labels';
import type { BarGroup, BarRow } from '../../components/charts/chart-model';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { formatAmount } from '../../components/program-display';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n, type Locale, type Translate } from '../../i18n/i18n';
import { useCatalogBudgets } from './useCatalogBudgets';

/** The catalog's budgets by ministry and fiscal year (#/budgets). Loaded with the chart code. */
export default function BudgetOverviewPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('budgets.heading'));
  const budgets = useCatalogBudgets();
  if (!budgets) return <p aria-busy="true">{t('loading')}</p>;
  const years = [...new Set(budgets.rows.map((r) => r.fiscalYear))];
  const groups: BarGroup[] = years.map((year) => ({
    id: String(year),
    label: formatFiscalYear(year, locale),
    rows: budgets.rows.filter((r) => r.fiscalYear === year).map((row) => chartRow(row, locale, t)),
  }));
  const partOf = budgets.rows.reduce((n, r) => n + r.partOf.length, 0);
  const unknown = budgets.rows.reduce((n, r) => n + r.unknown.length, 0);
  return (
    <section aria-labelledby="budgets-heading" className="budgets-page">
      <h1 id="budgets-heading">{t('budgets.heading')}</h1>
      <p className="intro">{t('budgets.intro')}</p>
      <ChartFigure
        title={t('budgets.chart.title')}
        summary={[
          t('budgets.chart.summary', {
            years: years.length,
            rows: budgets.rows.length,
            without: budgets.withoutFigures,
          }),
          partOf ? t('budgets.chart.partOf', { count: partOf }) : '',
          unknown ? t('budgets.chart.unknown', { count: unknown }) : '',
        ]
          .filter(Boolean)
          .join(' ')}
        legend={[
          { style: 'exact', label: t('chart.legend.exact') },
          { style: 'approximate', label: t('chart.legend.approximate') },
          { style: 'partOf', label: t('budgets.legend.partOf') },
          { style: 'unknown', label: t('chart.legend.unknown') },
        ]}
        note={t('budgets.chart.note')}
        chart={<BarChart groups={groups} label={t('budgets.chart.title')} axis={yenAxis(locale, t)} />}
        table={<BudgetTableView rows={budgets.rows} />}
      />
    </section>
  );
}

function ownTotal(row: MinistryYear, locale: Locale, t: Translate): string | null {
  const total = row.exactYen + row.approximateYen;
  if (row.exact.length + row.approximate.length === 0) return null;
  const amount = formatAmount({ amountYen: total, text: '' }, locale);
  return row.approximateYen > 0 ? t('budgets.value.approximate', { amount }) : amount;
}

function chartRow(row: MinistryYear, locale: Locale, t: Translate): BarRow {
  const own = ownTotal(row, locale, t);
  const extras = [
    row.partOf.length ? t('budgets.value.partOf', { count: row.partOf.length }) : '',
    row.unknown.length ? t('budgets.value.unknown', { count: row.unknown.length }) : '',
  ].filter(Boolean);
  const ministry = ministryShort(row.ministries, locale, t);
  const segments = [
    ...(row.exactYen > 0 ? [{ value: row.exactYen, style: 'exact' as const }] : []),
    ...(row.approximateYen > 0 ? [{ value: row.approximateYen, style: 'approximate' as const }] : []),
  ];
  return {
    id: `${row.fiscalYear}-${row.ministries.join('-')}`,
    label: ministry,
    segments,
    placeholder: segments.length === 0 && row.unknown.length === 0 ? 'partOf' : 'unknown',
    valueLabel: [own ?? '', ...extras].filter(Boolean).join(locale === 'ja' ? '　' : ' '),
    description: t('budgets.row', {
      year: formatFiscalYear(row.fiscalYear, locale),
      ministry: ministryFull(row.ministries, locale, t),
      own: own ?? t('budgets.row.noOwn'),
      programs: row.exact.length + row.approximate.length,
      partOf: row.partOf.length,
      unknown: row.unknown.length,
    }),
  };
}

const KIND_ORDER = ['exact', 'approximate', 'partOf', 'unknown'] as const;

function BudgetTableView({ rows }: { rows: MinistryYear[] }) {
  const { t, locale } = useI18n();
  return (
    <table>
      <caption className="visually-hidden">{t('budgets.chart.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.budget.fiscalYear')}</th>
          <th scope="col">{t('budgets.table.ministry')}</th>
          <th scope="col">{t('budgets.table.program')}</th>
          <th scope="col">{t('detail.budget.amount')}</th>
          <th scope="col">{t('chart.table.kind')}</th>
          <th scope="col">{t('detail.budget.printed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.flatMap((row) => {
          const figures: ProgramFigure[] = KIND_ORDER.flatMap((kind) => row[kind]);
          const total = ownTotal(row, locale, t);
          return [
            ...figures.map((entry) => (
              <tr key={`${row.fiscalYear}-${entry.programId}`}>
                <td>{fiscalYearLabel(entry.figure.fiscalYear, locale)}</td>
                <td>{ministryFull(row.ministries, locale, t)}</td>
                <th scope="row">
                  <Link to={`/programs/${entry.programId}`}>{entry.programName}</Link>
                </th>
                <td className="number">{figureValue(entry.figure, locale, t)}</td>
                <td>{t(`chart.legend.${entry.figure.kind}`)}</td>
                <td>{entry.figure.text}</td>
              </tr>
            )),
            <tr key={`${row.fiscalYear}-${row.ministries.join()}-total`} className="subtotal">
              <td>{formatFiscalYear(row.fiscalYear, locale)}</td>
              <td>{ministryFull(row.ministries, locale, t)}</td>
              <th scope="row">{t('budgets.table.subtotal')}</th>
              <td className="number">{total ?? t('budgets.row.noOwn')}</td>
              <td colSpan={2}>
                {t('budgets.table.subtotalNote', { partOf: row.partOf.length, unknown: row.unknown.length })}
              </td>
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
