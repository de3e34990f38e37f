import { applicantLabel } from '../../../../shared/vocabulary/applicant-types';
import type { Program } from '../../../../shared/catalog/program';
import type { SeedFile, SourceDocument } from '../../../../shared/catalog/sources';
import type { ColumnType } from '../../../../shared/export/table';
import { formatList } from '../../../../shared/format/lists';
import { reasonLine } from '../../../../shared/matching/reason-text';
import type { EntryFields } from '../../../../shared/shortlist/shortlist';
import { gloss } from '../../../../shared/vocabulary/glossary';
import type { Locale, Translate } from '../../i18n/i18n';
import {
  amountWithFlags,
  budgetFlags,
  fiscalYearText,
  glossList,
  headlineBudget,
  statusLabel,
} from '../../components/program-display';
import { sourceDocumentName } from '../../components/source-names';

/** One exported row: a program (null when the catalog no longer has it) and, from a list, its entry. */
export interface ExportRow {
  program: Program | null;
  entry: (EntryFields & { listName?: string }) | null;
}

export interface ExportContext {
  t: Translate;
  locale: Locale;
  /** The catalog's source documents: sources are named by title and publisher, never by file. */
  documents: Map<SeedFile, SourceDocument>;
}

export interface ExportColumn {
  id: string;
  label: (t: Translate) => string;
  value: (row: ExportRow, context: ExportContext) => string;
  /** 'yen' and 'date' columns become numbers and dates in Excel; the value is then digits or YYYY-MM-DD. */
  type?: ColumnType;
  /** Only meaningful for rows from a list. */
  listOnly?: boolean;
  /** The value is catalog text as the documents print it (Japanese in both UIs). */
  printed?: boolean;
}

const fromProgram =
  (pick: (program: Program, context: ExportContext) => string) =>
  (row: ExportRow, context: ExportContext): string =>
    row.program ? pick(row.program, context) : '';

/** Each document once, with the sections the facts come from: 内閣府「バイオ戦略」（凡例、…）. */
export function sourcesText(program: Program, { documents, locale }: ExportContext): string {
  const sections = new Map<SeedFile, string[]>();
  for (const { file, section } of program.sources) {
    const list = sections.get(file) ?? [];
    if (!list.includes(section)) list.push(section);
    sections.set(file, list);
  }
  return [...sections]
    .map(([file, list]) => {
      const doc = documents.get(file);
      const name = doc ? sourceDocumentName(doc) : '';
      return `${name}（${formatList(list, locale)}）`;
    })
    .join('\n');
}

export const EXPORT_COLUMNS: ExportColumn[] = [
  {
    id: 'name',
    printed: true,
    label: (t) => t('column.name'),
    value: (row, { t }) => row.program?.name ?? `${row.entry?.programName ?? ''} ${t('column.missing')}`,
  },
  {
    id: 'summary',
    printed: true,
    label: (t) => t('column.summary'),
    value: fromProgram((p, { t }) => p.summary ?? t('value.none')),
  },
  {
    id: 'ministries',
    label: (t) => t('column.ministries'),
    value: fromProgram((p, { t, locale }) =>
      p.ministries.length ? glossList('ministry', p.ministries, locale) : t('value.unknown'),
    ),
  },
  {
    id: 'department',
    printed: true,
    label: (t) => t('column.department'),
    value: fromProgram((p, { t }) => p.department ?? t('value.unknown')),
  },
  {
    id: 'instruments',
    label: (t) => t('column.instruments'),
    value: fromProgram((p, { t, locale }) =>
      p.instruments.length ? glossList('instrument', p.instruments, locale) : t('value.none'),
    ),
  },
  {
    // The amount alone, so a spreadsheet can sort and sum it; its year and 内数 / 程度 are the next column.
    id: 'budget',
    label: (t) => t('column.budget'),
    type: 'yen',
    value: fromProgram((p, { t }) => {
      const amount = headlineBudget(p)?.amountYen;
      return amount === null || amount === undefined ? t('value.unknown') : String(amount);
    }),
  },
  {
    id: 'budgetNote',
    label: (t) => t('column.budgetNote'),
    value: fromProgram((p, { t, locale }) => {
      const budget = headlineBudget(p);
      if (!budget) return t('value.unknown');
      const parts = [fiscalYearText(budget.fiscalYear, locale), ...budgetFlags(budget, t)];
      if (budget.amountYen === null) parts.push(t('column.printedAs', { text: budget.text }));
      return locale === 'ja' ? parts.join('・') : parts.join('; ');
    }),
  },
  {
    id: 'budgets',
    label: (t) => t('column.budgets'),
    value: fromProgram((p, { t, locale }) =>
      p.budgets.length
        ? p.budgets
            .map((b) => `${fiscalYearText(b.fiscalYear, locale)}: ${amountWithFlags(b, t, locale)}`)
            .join('\n')
        : t('value.unknown'),
    ),
  },
  {
    id: 'applicants',
    label: (t) => t('column.applicants'),
    value: fromProgram((p, { t, locale }) =>
      p.eligibility.length
        ? p.eligibility
            .map((e) =>
              locale === 'ja'
                ? `${e.label}（${t(`basis.${e.basis}`)}）`
                : `${applicantLabel(e.applicant, locale)} (${t(`basis.${e.basis}`)})`,
            )
            .join('\n')
        : t('value.unknownEligibility'),
    ),
  },
  {
    id: 'newCalls',
    label: (t) => t('column.newCalls'),
    value: fromProgram((p, { t, locale }) =>
      p.newCalls
        ? t(`newCalls.${p.newCalls.value}`, { label: fiscalYearText(p.newCalls.fiscalYear, locale) })
        : t('value.unknown'),
    ),
  },
  {
    id: 'status',
    label: (t) => t('column.status'),
    value: fromProgram((p, { t, locale }) => statusLabel(p, t, locale)),
  },
  {
    id: 'category',
    label: (t) => t('detail.category'),
    value: fromProgram((p, { t, locale }) =>
      p.category ? gloss('category', p.category.value, locale) : t('value.none'),
    ),
  },
  {
    id: 'stages',
    printed: true,
    label: (t) => t('column.stages'),
    value: fromProgram((p, { t }) => p.stages.join('・') || t('value.none')),
  },
  {
    id: 'contacts',
    printed: true,
    label: (t) => t('column.contacts'),
    value: fromProgram((p, { t }) =>
      p.contacts.length
        ? p.contacts.map((c) => (c.label ? `${c.label}: ${c.printed}` : c.printed)).join('\n')
        : t('value.unknown'),
    ),
  },
  {
    id: 'sources',
    printed: true,
    label: (t) => t('column.sources'),
    value: fromProgram(sourcesText),
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
    type: 'date',
    value: (row) => row.entry?.deadline ?? '',
    listOnly: true,
  },
  { id: 'note', label: (t) => t('column.note'), value: (row) => row.entry?.note ?? '', listOnly: true },
  {
    id: 'wizardGroup',
    label: (t) => t('column.wizardGroup'),
    value: (row, { t }) => (row.entry?.wizardGroup ? t(`result.group.${row.entry.wizardGroup}`) : ''),
    listOnly: true,
  },
  {
    // Every reason with its verdict, as the result page showed them: a 要確認 or × line is part of
    // why a program stands where it does.
    id: 'reasons',
    label: (t) => t('column.reasons'),
    value: (row, { locale }) => (row.entry?.reasons ?? []).map((r) => reasonLine(r, locale)).join('\n'),
    listOnly: true,
  },
];

export const exportColumn = (id: string): ExportColumn => {
  const column = EXPORT_COLUMNS.find((c) => c.id === id);
  if (!column) throw new Error(`no export column ${id}`);
  return column;
};

/** A list with programs added from a wizard result exports, by default, their group and reasons too. */
export const WIZARD_COLUMNS = ['wizardGroup', 'reasons'] as const;

/** A short default, not every field: what a colleague reads first, and whom to call. */
export const DEFAULT_COLUMNS = {
  list: [
    'name',
    'ministries',
    'budget',
    'budgetNote',
    'applicants',
    'contacts',
    'listStatus',
    'deadline',
    'note',
  ],
  results: ['name', 'ministries', 'budget', 'budgetNote', 'applicants', 'status', 'contacts'],
} as const;
