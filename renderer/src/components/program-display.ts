import { applicantLabel } from '../../../shared/vocabulary/applicant-types';
import { circledDomain } from '../../../shared/catalog/market-domain';
import { formatYenEn, formatYenJa } from '../../../shared/format/budget';
import { formatFiscalYearLabel, isFiscalYearLabel } from '../../../shared/format/dates';
import { formatList } from '../../../shared/format/lists';
import { gloss, glossShort, type GlossaryKind } from '../../../shared/vocabulary/glossary';
import type { BudgetEntry, FiscalYear, Program } from '../../../shared/catalog/program';
import type { Locale, Translate } from '../i18n/i18n';

/** The budget a list shows: the newest fiscal year, and within it the first entry (the most precise). */
export function headlineBudget(program: Program): BudgetEntry | null {
  return program.budgets.reduce<BudgetEntry | null>(
    (best, entry) => (!best || entry.fiscalYear.year > best.fiscalYear.year ? entry : best),
    null,
  );
}

/** The one budget format: 137億5,050万8,000円 / ¥13,750.5 million; the printed text where no figure is given. */
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

/** What stands between an amount with its flags and its fiscal year: "…（内数） 令和4年度" / "…, FY2022". */
export const yearSeparator = (locale: Locale) => (locale === 'ja' ? ' ' : ', ');

/** The punctuation around budget flags, so "内数" reads as （内数） / "(part of a larger line)". */
export const flagPunctuation = (locale: Locale) =>
  locale === 'ja' ? { open: '（', between: '・', close: '）' } : { open: ' (', between: ' and ', close: ')' };

/** "137億5,050万8,000円（内数） 令和4年度" / "¥13,750.5 million (part of a larger line), FY2022". */
export function budgetText(entry: BudgetEntry, t: Translate, locale: Locale): string {
  const year = fiscalYearText(entry.fiscalYear, locale);
  return `${amountWithFlags(entry, t, locale)}${yearSeparator(locale)}${year}`;
}

/** A fiscal year or date as the catalog prints it, in the UI language: 令和4年度予算案 / FY2022 budget request. */
export function fiscalYearText(fiscalYear: Pick<FiscalYear, 'label'>, locale: Locale): string {
  return formatFiscalYearLabel(fiscalYear.label, locale);
}

/** When a record is from: 令和4年度（2022年度） / FY2022; a date as a date: 2026年2月19日（令和8年） / 19 Feb 2026. */
export function asOfText(fiscalYear: FiscalYear, locale: Locale): string {
  const text = fiscalYearText(fiscalYear, locale);
  return locale === 'ja' && isFiscalYearLabel(fiscalYear.label) ? `${text}（${fiscalYear.year}年度）` : text;
}

export function statusLabel(program: Program, t: Translate, locale: Locale): string {
  return t(`status.${program.status.value}`, { label: fiscalYearText(program.status.asOf, locale) });
}

/**
 * Catalog labels of one kind in the UI language, joined as the language joins lists; `short`
 * uses the short English forms (METI, MEXT) where a table or card has no room for full names.
 */
export function glossList(
  kind: GlossaryKind,
  items: readonly string[],
  locale: Locale,
  { short = false }: { short?: boolean } = {},
): string {
  return formatList(
    items.map((item) => (short ? glossShort(kind, item, locale) : gloss(kind, item, locale))),
    locale,
  );
}

/** Distinct applicant types a program names, in taxonomy order. */
export function applicantTypes(program: Program): Program['eligibility'][number]['applicant'][] {
  return [...new Set(program.eligibility.map((e) => e.applicant))];
}

/** A dialable tel: link: 03-5253-4111 → tel:0352534111. */
export const telHref = (tel: string) => `tel:${tel.replace(/-/g, '')}`;

/** "⑤ 生活習慣改善ヘルスケア…" / "⑤ Lifestyle-improving healthcare…": the number and the name in the UI language. */
export function marketDomainLabel(id: number, name: string | undefined, locale: Locale): string {
  return `${circledDomain(id)} ${name ? gloss('market-domain', name, locale) : ''}`.trim();
}

/**
 * The facts of a program in a few plain sentences, for a projector or a handout: who owns it,
 * its newest budget (内数 / 程度 said in words) and who may apply. Unknowns are said to be unknown.
 */
export function factSentences(program: Program, t: Translate, locale: Locale): string {
  const budget = headlineBudget(program);
  // Inside an English sentence the applicant types are common nouns: "open to universities …".
  const applicants = applicantTypes(program).map((type) =>
    locale === 'en' ? lowerFirst(applicantLabel(type, locale)) : applicantLabel(type, locale),
  );
  const sentences = [
    program.ministries.length
      ? t('summary.owner', { ministries: glossList('ministry', program.ministries, locale, { short: true }) })
      : t('summary.ownerUnknown'),
    budget && budget.amountYen !== null
      ? t('summary.budget', {
          year: fiscalYearText(budget.fiscalYear, locale),
          amount: amountWithFlags(budget, t, locale),
        })
      : t('summary.budgetUnknown'),
    applicants.length
      ? t('summary.applicants', { applicants: formatList(applicants, locale) })
      : t('summary.applicantsUnknown'),
  ];
  return sentences.join(locale === 'ja' ? '' : ' ');
}

/** 137億5,050万8,000円（内数） / ¥13,750.5 million (part of a larger line). */
export function amountWithFlags(entry: BudgetEntry, t: Translate, locale: Locale): string {
  const flags = budgetFlags(entry, t);
  if (!flags.length) return formatAmount(entry, locale);
  const { open, between, close } = flagPunctuation(locale);
  return `${formatAmount(entry, locale)}${open}${flags.join(between)}${close}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A printed summary as a Japanese sentence: "…を推進" → "…を推進。", so facts can follow it. */
export const asSentence = (text: string) =>
  /[。．.！？!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`;
