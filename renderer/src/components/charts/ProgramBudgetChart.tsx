import type { Program } from '../../../../shared/catalog/program';
import { formatFiscalYear } from '../../../../shared/format/dates';
import { programBudgetFigures, type BudgetFigure } from '../../../../shared/charts/budget-figures';
import { useI18n, type Locale, type Translate } from '../../i18n/i18n';
import { BarChart } from './BarChart';
import { figureValue, fiscalYearLabel, yenAxis } from './budget-labels';
import type { BarGroup } from './chart-model';
import { ChartFigure, type LegendItem } from './ChartFigure';

/**
 * A program's budget by fiscal year: every figure its sources print, one bar each. Figures of the
 * same year are alternatives (予算 / 予算案, two documents), drawn side by side and never stacked.
 */
export default function ProgramBudgetChart({ program }: { program: Program }) {
  const { t, locale } = useI18n();
  const figures = programBudgetFigures(program);
  if (figures.length === 0) return null;
  const years = [...new Set(figures.map((f) => f.fiscalYear.year))];
  const groups: BarGroup[] = years.map((year) => ({
    id: String(year),
    label: formatFiscalYear(year, locale),
    rows: figures
      .filter((f) => f.fiscalYear.year === year)
      .map((figure, i) => ({
        id: `${year}-${i}`,
        label: rowLabel(figure, locale, t),
        segments: figure.kind === 'unknown' ? [] : [{ value: figure.amountYen!, style: figure.kind }],
        valueLabel: figureValue(figure, locale, t),
        description: describe(figure, locale, t),
      })),
  }));
  const kinds = new Set(figures.map((f) => f.kind));
  const legend: LegendItem[] = (['exact', 'approximate', 'partOf', 'unknown'] as const)
    .filter((k) => kinds.has(k))
    .map((k) => ({ style: k, label: t(`chart.legend.${k}`) }));
  return (
    <ChartFigure
      title={t('chart.programBudget.title')}
      headingLevel={3}
      summary={summary(figures, locale, t)}
      legend={legend}
      note={years.length > 1 || figures.length > years.length ? t('chart.programBudget.note') : undefined}
      chart={<BarChart groups={groups} label={t('chart.programBudget.title')} axis={yenAxis(locale, t)} />}
      table={<FigureTable figures={figures} />}
    />
  );
}

function rowLabel(figure: BudgetFigure, locale: Locale, t: Translate) {
  const label = fiscalYearLabel(figure.fiscalYear, locale);
  return figure.previousYear ? `${label} ${t('chart.programBudget.previous')}` : label;
}

function describe(figure: BudgetFigure, locale: Locale, t: Translate) {
  return t('chart.programBudget.row', {
    label: rowLabel(figure, locale, t),
    value: figureValue(figure, locale, t),
    printed: figure.text,
  });
}

function summary(figures: BudgetFigure[], locale: Locale, t: Translate) {
  const newest = figures[0]!;
  const counts = {
    partOf: figures.filter((f) => f.kind === 'partOf').length,
    unknown: figures.filter((f) => f.kind === 'unknown').length,
  };
  return [
    t('chart.programBudget.summary', {
      count: figures.length,
      label: fiscalYearLabel(newest.fiscalYear, locale),
      value: figureValue(newest, locale, t),
    }),
    counts.partOf ? t('chart.summary.partOf', { count: counts.partOf }) : '',
    counts.unknown ? t('chart.summary.unknown', { count: counts.unknown }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function FigureTable({ figures }: { figures: BudgetFigure[] }) {
  const { t, locale } = useI18n();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('detail.budget.fiscalYear')}</th>
          <th scope="col">{t('detail.budget.amount')}</th>
          <th scope="col">{t('chart.table.kind')}</th>
          <th scope="col">{t('detail.budget.printed')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure, i) => (
          <tr key={i}>
            <th scope="row">{rowLabel(figure, locale, t)}</th>
            <td className="number">{figureValue(figure, locale, t)}</td>
            <td>{t(`chart.legend.${figure.kind}`)}</td>
            <td>{figure.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
