import type { PackProblem } from '../../../../shared/catalog/catalog-pack';
import type { TableIssue } from '../../../../shared/catalog-table/cell-syntax';
import { useI18n, type Translate } from '../../i18n/i18n';

/** Kinds whose headline says it all; the others add the reader's detail (a size, a parser's message, a field). */
const HEADLINE_ONLY = new Set<PackProblem['kind']>(['empty', 'encoding', 'format', 'version', 'checksum']);

/** Every problem of a refused file: where it is (row, column, item or record, field) and what to do. */
export function UpdateProblems({ file, problems }: { file: string; problems: PackProblem[] }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="problem-list">
      <p>{t('update.rejected', { file })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{t(`update.kind.${p.kind}`)}</strong> {describeProblem(p, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function describeProblem(problem: PackProblem, t: Translate): string {
  const detail = problem.issue ? explainIssue(problem.issue, t) : problem.message;
  if (problem.row === undefined && problem.column === undefined) {
    if (HEADLINE_ONLY.has(problem.kind)) return '';
    if (problem.record === '(file)') return detail;
    return t('update.problem', { record: problem.record, field: problem.field, message: detail });
  }
  const where = [
    problem.row !== undefined && t('update.location.row', { row: problem.row }),
    problem.column !== undefined && t('update.location.column', { column: problem.column }),
    problem.item !== undefined && t('update.location.item', { item: problem.item }),
  ].filter(Boolean);
  // A schema problem names the field inside the item too, e.g. "contacts.0.mail".
  const field = problem.kind === 'invalid' ? ` (${problem.field})` : '';
  return `${where.join(' / ')}${field}: ${detail}`;
}

function explainIssue(issue: TableIssue, t: Translate): string {
  const { code, ...params } = issue;
  return t(`update.issue.${code}`, params);
}
