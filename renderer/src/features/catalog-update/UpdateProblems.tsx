import type { PackProblem } from '../../../../shared/catalog/catalog-pack';
import type { TableIssue } from '../../../../shared/catalog-table/cell-syntax';
import { PROGRAM_COLUMNS } from '../../../../shared/catalog-table/program-columns';
import { formatDate } from '../../../../shared/format/dates';
import { useI18n, type Locale, type Translate } from '../../i18n/i18n';

/** Kinds whose headline says it all; the others add where (a row, a record) and what. */
const HEADLINE_ONLY = new Set<PackProblem['kind']>([
  'too-large',
  'empty',
  'encoding',
  'json',
  'format',
  'not-pack',
  'bare-catalog',
  'version',
  'unsigned',
  'manifest',
  'unknown-key',
  'signature',
  'expired',
  'app-too-old',
  'checksum',
  'too-many',
  'zip-bomb',
  // The CSV parser's own sentence is English and technical: the headline and the row say enough.
  'csv',
]);

/** Every problem of a refused file: where it is (row, column, item or record, field) and what to do. */
export function UpdateProblems({ file, problems }: { file: string; problems: PackProblem[] }) {
  const { t, locale } = useI18n();
  return (
    <div role="alert" className="problem-list">
      <p>{t('update.rejected', { file })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{t(`update.kind.${p.kind}`, headlineParams(p, t, locale))}</strong>{' '}
            {describeProblem(p, t, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Sizes in megabytes and dates as dates: never a raw byte count or timestamp. */
function headlineParams(problem: PackProblem, t: Translate, locale: Locale): Record<string, string | number> {
  const params: Record<string, string | number> = { ...problem.params };
  for (const key of ['size', 'limit'] as const)
    if (typeof params[key] === 'number')
      params[key] = t('update.sizeMb', {
        mb: Math.max(1, Math.round(params[key] / 1024 / 1024)),
      });
  if (typeof params.expires === 'string') params.expires = formatDate(params.expires.slice(0, 10), locale);
  return params;
}

function describeProblem(problem: PackProblem, t: Translate, locale: Locale): string {
  if (HEADLINE_ONLY.has(problem.kind))
    return problem.row !== undefined ? t('update.location.row', { row: problem.row }) : '';
  const detail = problem.issue
    ? explainIssue(problem.issue, t)
    : problem.rule
      ? t(`update.rule.${problem.rule.code}`, 'ref' in problem.rule ? { ref: problem.rule.ref } : {})
      : problem.message;
  if (problem.row === undefined && problem.column === undefined) {
    if (problem.record === '(file)' || problem.record === '(table)') return detail;
    return t('update.problem', {
      record: problem.record,
      field: fieldInWords(problem.field, locale),
      message: detail,
    });
  }
  const where = [
    problem.row !== undefined && t('update.location.row', { row: problem.row }),
    problem.column !== undefined && t('update.location.column', { column: problem.column }),
    problem.item !== undefined && t('update.location.item', { item: problem.item }),
  ].filter(Boolean);
  // A schema problem inside an item names the part, e.g. the mail of a contact.
  const part = problem.kind === 'invalid' ? partName(problem.field, locale) : null;
  return `${where.join(' / ')}${part ? ` (${part})` : ''}: ${detail}`;
}

function explainIssue(issue: TableIssue, t: Translate): string {
  if (issue.code === 'choice' && issue.suggestion)
    return t('update.issue.choice-suggest', {
      value: issue.value,
      allowed: issue.allowed,
      suggestion: issue.suggestion,
    });
  const { code, ...params } = issue;
  return t(`update.issue.${code}`, params);
}

const COLUMN_NAMES = new Map<string, { ja: string; en: string }>(PROGRAM_COLUMNS.map((c) => [c.key, c]));
/** The parts of an item, as the table's help names them. */
const PART_NAMES: Record<string, { ja: string; en: string }> = {
  tel: { ja: '電話', en: 'telephone' },
  mail: { ja: 'メール', en: 'e-mail' },
  extension: { ja: '内線', en: 'extension' },
  label: { ja: '表記', en: 'label' },
  printed: { ja: '表記', en: 'as printed' },
  amountYen: { ja: '金額', en: 'amount' },
  text: { ja: '表記', en: 'as printed' },
  fiscalYear: { ja: '年度', en: 'fiscal year' },
  year: { ja: '西暦', en: 'year' },
  previous: { ja: '前年度', en: 'previous year' },
  note: { ja: '注記', en: 'note' },
  file: { ja: '出典ファイル', en: 'source file' },
  quote: { ja: '引用文', en: 'quote' },
  section: { ja: '節', en: 'section' },
  applicant: { ja: '応募者の種類', en: 'applicant type' },
};

function partName(field: string, locale: Locale): string | null {
  const last = field
    .split('.')
    .slice(1)
    .filter((p) => !/^\d+$/.test(p))
    .at(-1);
  return last ? (PART_NAMES[last]?.[locale] ?? last) : null;
}

/** "contacts.0.mail" → "連絡先 1 件目 メール": a field as the table's columns name it, not a schema path. */
function fieldInWords(field: string, locale: Locale): string {
  return field
    .split('.')
    .map((part, i) =>
      /^\d+$/.test(part)
        ? locale === 'ja'
          ? `${Number(part) + 1} 件目`
          : `item ${Number(part) + 1}`
        : ((i === 0 ? COLUMN_NAMES.get(part)?.[locale === 'ja' ? 'ja' : 'en'] : PART_NAMES[part]?.[locale]) ??
          part),
    )
    .join(' ');
}
