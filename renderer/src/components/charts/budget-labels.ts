import type { FiscalYear } from '../../../../shared/catalog/program';
import type { BudgetFigure } from '../../../../shared/charts/budget-figures';
import { formatFiscalYearLabel } from '../../../../shared/format/dates';
import { gloss } from '../../../../shared/vocabulary/glossary';
import type { Locale, Translate } from '../../i18n/i18n';
import { formatAmount } from '../program-display';

/** 令和4年度予算案 / "FY2022 budget request": the app's one fiscal-year format (shared/format/dates.ts). */
export function fiscalYearLabel(fiscalYear: FiscalYear, locale: Locale): string {
  return formatFiscalYearLabel(fiscalYear.label, locale);
}

const TICK = { ja: new Intl.NumberFormat('ja-JP'), en: new Intl.NumberFormat('en-US') };

/** Budget axes count in 億円 in Japanese and in millions of yen in English, as the amounts read. */
export const yenAxis = (locale: Locale, t: Translate) => ({
  formatTick: (value: number) => TICK[locale].format(locale === 'ja' ? value / 1e8 : value / 1e6),
  unit: t('chart.axis.yen'),
});

/** A figure as people read it: 「100億円（内数）」, 「58億円（程度）」, or unknown with the printed text. */
export function figureValue(figure: BudgetFigure, locale: Locale, t: Translate): string {
  if (figure.kind === 'unknown') return t('chart.budget.unknownValue');
  const flags = [
    ...(figure.partOf ? [t('detail.budget.partOf')] : []),
    ...(figure.approximate ? [t('detail.budget.approximate')] : []),
  ];
  const amount = formatAmount(figure, locale);
  if (!flags.length) return amount;
  return locale === 'ja' ? `${amount}（${flags.join('・')}）` : `${amount} (${flags.join(', ')})`;
}

/** 経済産業省 / "METI": the short name for a chart row; the table gives the full name. */
export function ministryShort(ministries: string[], locale: Locale, t: Translate): string {
  if (ministries.length === 0) return t('chart.budget.noMinistry');
  const names = ministries.map((m) => {
    const english = gloss('ministry', m, locale);
    return locale === 'en' ? (/\(([A-Z]{2,6})\)$/.exec(english)?.[1] ?? english) : english;
  });
  return names.join(locale === 'ja' ? '・' : ' + ');
}

export function ministryFull(ministries: string[], locale: Locale, t: Translate): string {
  if (ministries.length === 0) return t('chart.budget.noMinistry');
  const names = ministries.map((m) => gloss('ministry', m, locale));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
