import type { ValueIssue } from '../../../shared/format/value-issue';
import type { Translate } from './i18n';

// 10000 → "10,000": grouped the same way in Japanese and English.
const COUNT = new Intl.NumberFormat('en-US');

/**
 * What is wrong with a value in a user's file, in words and with what to write instead. `allowed`
 * words a permitted value (a status code with its label, say); by default it is shown as written.
 */
export function valueIssueText(
  issue: ValueIssue,
  t: Translate,
  allowed: (value: string) => string = (value) => value,
): string {
  switch (issue.code) {
    case 'too-long':
    case 'too-many':
      return t(`value.issue.${issue.code}`, { max: COUNT.format(issue.max) });
    case 'choice':
      return t('value.issue.choice', { allowed: issue.allowed.map(allowed).join(t('value.issue.listJoin')) });
    case 'unknown-fields':
      return t('value.issue.unknown-fields', { fields: issue.fields.join(t('value.issue.listJoin')) });
    default:
      return t(`value.issue.${issue.code}`);
  }
}
