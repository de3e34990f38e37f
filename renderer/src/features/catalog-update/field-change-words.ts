import { NEED_LABELS, type Need } from '../../../../shared/catalog/needs';
import type { Program } from '../../../../shared/catalog/program';
import type { SourceRef } from '../../../../shared/catalog/sources';
import type { Locale, Translate } from '../../i18n/i18n';
import { formatAmount } from '../../components/program-display';

/** The documents a catalog cites, by seed file: a quote is named by its document, never its file. */
export type DocumentNames = Record<string, { title: string; publisher: string }>;

export interface FieldChangeWords {
  before: string;
  after: string;
  /** The quotes that changed inside the field, each with its document's title and publisher. */
  details: string[];
}

const LIMIT = 200;
const cut = (text: string) => (text.length > LIMIT ? `${text.slice(0, LIMIT)}…` : text);

const isSourceRef = (value: unknown): value is SourceRef =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SourceRef).file === 'string' &&
  typeof (value as SourceRef).quote === 'string';

/** Every quote inside a value, in order: a program's own sources, or the source of each budget, contact ... */
function quotesIn(value: unknown, into: SourceRef[] = []): SourceRef[] {
  if (isSourceRef(value)) into.push(value);
  else if (Array.isArray(value)) for (const item of value) quotesIn(item, into);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) quotesIn(item, into);
  return into;
}

/** One item of a structured field as a reader knows it: a budget by year and amount as printed, a contact as printed ... */
function itemText(field: keyof Program, item: unknown, locale: Locale): string {
  if (item === null || item === undefined) return '—';
  if (typeof item !== 'object') return String(item);
  const o = item as Record<string, unknown>;
  if (isSourceRef(item)) return `「${item.quote}」`;
  if (field === 'budgets') {
    const b = item as Program['budgets'][number];
    return `${b.fiscalYear.label}: ${b.text}`;
  }
  if (field === 'supports') return NEED_LABELS[o.need as Need]?.[locale] ?? String(o.need);
  if (field === 'status') {
    const s = item as Program['status'];
    return `${s.value} (${s.asOf.label})`;
  }
  if (field === 'newCalls') {
    const n = item as NonNullable<Program['newCalls']>;
    return `${n.value} (${n.fiscalYear.label})`;
  }
  if (field === 'periodEnd') return (item as NonNullable<Program['periodEnd']>).fiscalYear.label;
  if (field === 'consortium')
    return (item as NonNullable<Program['consortium']>).roles.map((r) => r.label).join('・');
  for (const key of ['printed', 'text', 'label', 'value', 'name'] as const)
    if (typeof o[key] === 'string') return o[key];
  // Any other shape: its own words, never its keys, file names or nested sources.
  return Object.entries(o)
    .filter(
      ([key, v]) => key !== 'file' && key !== 'source' && (typeof v === 'string' || typeof v === 'number'),
    )
    .map(([, v]) => String(v))
    .join(' / ');
}

function valueText(field: keyof Program, value: unknown, t: Translate, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (field === 'sources' && Array.isArray(value)) return t('update.diff.quotes', { count: value.length });
  if (Array.isArray(value))
    return value.length ? value.map((item) => itemText(field, item, locale)).join('・') : '—';
  return itemText(field, value, locale);
}

/** A changed field in words: old → new as the reader knows the values, and which quotes changed in which document. */
export function fieldChangeWords(
  field: keyof Program,
  before: unknown,
  after: unknown,
  documents: DocumentNames,
  t: Translate,
  locale: Locale,
): FieldChangeWords {
  const document = (ref: SourceRef) => {
    const named = documents[ref.file];
    return named ? t('update.diff.document', named) : t('update.diff.unknownDocument');
  };
  const old = quotesIn(before);
  const now = quotesIn(after);
  const details: string[] = [];
  for (let i = 0; i < Math.max(old.length, now.length); i++) {
    const a = old[i];
    const b = now[i];
    if (a && b && a.file === b.file && a.quote === b.quote && a.section === b.section) continue;
    if (a && b && a.file === b.file)
      details.push(
        t('update.diff.quoteChanged', { document: document(b), before: cut(a.quote), after: cut(b.quote) }),
      );
    else {
      if (a) details.push(t('update.diff.quoteRemoved', { document: document(a), quote: cut(a.quote) }));
      if (b) details.push(t('update.diff.quoteAdded', { document: document(b), quote: cut(b.quote) }));
    }
  }
  let beforeText = valueText(field, before, t, locale);
  let afterText = valueText(field, after, t, locale);
  // A budget's amount edited in its own column, its wording left as it was: the words alone would
  // read "43億円程度 → 43億円程度". The amounts say what changed.
  if (beforeText === afterText && field === 'budgets') {
    beforeText = budgetAmounts(before, locale);
    afterText = budgetAmounts(after, locale);
  }
  return { before: cut(beforeText), after: cut(afterText), details };
}

/** Each budget's year and amount as the app reads it (not as printed). */
function budgetAmounts(value: unknown, locale: Locale): string {
  if (!Array.isArray(value) || value.length === 0) return '—';
  return (value as Program['budgets'])
    .map((b) => {
      // No figure: a dash, not the printed words, which are the same on both sides here.
      return `${b.fiscalYear.label}: ${b.amountYen === null ? '—' : formatAmount(b, locale)}`;
    })
    .join('・');
}
