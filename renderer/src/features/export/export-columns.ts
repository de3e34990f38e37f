import type { Program } from '../../../../shared/catalog/program';
import { reasonText } from '../../../../shared/matching/reason-text';
import type { EntryFields } from '../../../../shared/shortlist/shortlist';
import type { Locale, Translate } from '../../i18n/i18n';
import { budgetFlags, formatAmount, headlineBudget, statusLabel } from '../../components/program-display';

/** One exported row: a program (null when the catalog no longer has it) and, from a list, its entry. */
export interface ExportRow {
  program: Program | null;
  entry: (EntryFields & { listName?: string }) | null;
}

interface Context {
  t: Translate;
  locale: Locale;
}

export interface ExportColumn {
  id: string;
  label: (t: Translate) => string;
  value: (row: ExportRow, context: Context) => string;
  /** Only meaningful for rows from a list. */
  listOnly?: boolean;
}

const fromProgram =
  (pick: (program: Program, context: Context) => string) =>
  (row: ExportRow, context: Context): string =>
    row.program ? pick(row.program, context) : '';

export const EXPORT_COLUMNS: ExportColumn[] = [
  {
    id: 'name',
    label: (t) => t('column.name'),
    value: (row, { t }) => row.program?.name ?? `${row.entry?.programName ?? ''} ${t('column.missing')}`,
  },
  {
    id: 'ministries',
    label: (t) => t('column.ministries'),
    value: fromProgram((p, { t }) => p.ministries.join('・') || t('value.unknown')),
  },
  {
    id: 'department',
    label: (t) => t('column.department'),
    value: fromProgram((p, { t }) => p.department ?? t('value.unknown')),
  },
  {
    id: 'instruments',
    label: (t) => t('column.instruments'),
    value: fromProgram((p, { t }) => p.instruments.join('・') || t('value.unknown')),
  },
  {
    id: 'budget',
    label: (t) => t('column.budget'),
    value: fromProgram((p, { t, locale }) => {
      const budget = headlineBudget(p);
      if (!budget) return t('value.unknown');
      const flags = budgetFlags(budget, t);
      return `${formatAmount(budget, locale)}${flags.length ? `（${flags.join('・')}）` : ''} ${budget.fiscalYear.label}`;
    }),
  },
  {
    id: 'budgets',
    label: (t) => t('column.budgets'),
    value: fromProgram((p, { t }) =>
      p.budgets.length
        ? p.budgets.map((b) => `${b.fiscalYear.label}: ${b.text}`).join('\n')
        : t('value.unknown'),
    ),
  },
  {
    id: 'applicants',
    label: (t) => t('column.applicants'),
    value: fromProgram((p, { t }) =>
      p.eligibility.length
        ? p.eligibility.map((e) => `${e.label}（${t(`basis.${e.basis}`)}）`).join('\n')
        : t('value.unknownEligibility'),
    ),
  },
  {
    id: 'newCalls',
    label: (t) => t('column.newCalls'),
    value: fromProgram((p, { t }) =>
      p.newCalls
        ? t(`newCalls.${p.newCalls.value}`, { label: p.newCalls.fiscalYear.label })
        : t('value.unknown'),
    ),
  },
  { id: 'status', label: (t) => t('column.status'), value: fromProgram((p, { t }) => statusLabel(p, t)) },
  {
    id: 'stages',
    label: (t) => t('column.stages'),
    value: fromProgram((p, { t }) => p.stages.join('・') || t('value.unknown')),
  },
  {
    id: 'contacts',
    label: (t) => t('column.contacts'),
    value: fromProgram((p, { t }) =>
      p.contacts.length
        ? p.contacts.map((c) => (c.label ? `${c.label}: ${c.printed}` : c.printed)).join('\n')
        : t('value.unknown'),
    ),
  },
  {
    id: 'sources',
    label: (t) => t('column.sources'),
    value: fromProgram((p) => [...new Set(p.sources.map((s) => `${s.file} ${s.section}`))].join('\n')),
  },
  { id: 'list', label: (t) => t('column.list'), value: (row) => row.entry?.listName ?? '', listOnly: true },
  {
    id: 'listStatus',
    label: (t) => t('column.listStatus'),
    value: (row, { t }) => (row.entry ? t(`shortlist.status.${row.entry.status}`) : ''),
    listOnly: true,
  },
  {
    id: 'deadline',
    label: (t) => t('column.deadline'),
    value: (row) => row.entry?.deadline ?? '',
    listOnly: true,
  },
  { id: 'note', label: (t) => t('column.note'), value: (row) => row.entry?.note ?? '', listOnly: true },
  {
    id: 'reasons',
    label: (t) => t('column.reasons'),
    value: (row, { locale }) =>
      (row.entry?.reasons ?? [])
        .filter((r) => r.verdict === 'matched')
        .map((r) => reasonText(r, locale))
        .join('\n'),
    listOnly: true,
  },
];

/** A short default, not every field: what a colleague reads first. */
export const DEFAULT_COLUMNS = {
  list: ['name', 'ministries', 'budget', 'applicants', 'listStatus', 'deadline', 'note'],
  results: ['name', 'ministries', 'budget', 'applicants', 'status'],
} as const;
