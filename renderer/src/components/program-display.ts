import { formatYenEn, formatYenJa } from '../../../shared/format/budget';
import type { BudgetEntry, Program } from '../../../shared/catalog/program';
import type { Locale, Translate } from '../i18n/i18n';

/** The budget a list shows: the newest fiscal year, and within it the first entry (the most precise). */
export function headlineBudget(program: Program): BudgetEntry | null {
  return program.budgets.reduce<BudgetEntry | null>(
    (best, entry) => (!best || entry.fiscalYear.year > best.fiscalYear.year ? entry : best),
    null,
  );
}

export function formatAmount(entry: Pick<BudgetEntry, 'amountYen' | 'text'>, locale: Locale): string {
  if (entry.amountYen === null) return entry.text;
  return locale === 'ja' ? formatYenJa(entry.amountYen) : formatYenEn(entry.amountYen);
}

export function budgetFlags(entry: Pick<BudgetEntry, 'partOf' | 'approximate'>, t: Translate): string[] {
  return [
    ...(entry.partOf ? [t('detail.budget.partOf')] : []),
    ...(entry.approximate ? [t('detail.budget.approximate')] : []),
  ];
}

export function statusLabel(program: Program, t: Translate): string {
  return t(`status.${program.status.value}`, { label: program.status.asOf.label });
}

/** Distinct applicant types a program names, in taxonomy order. */
export function applicantTypes(program: Program): Program['eligibility'][number]['applicant'][] {
  return [...new Set(program.eligibility.map((e) => e.applicant))];
}

/** A dialable tel: link: 03-5253-4111 → tel:0352534111. */
export const telHref = (tel: string) => `tel:${tel.replace(/-/g, '')}`;
