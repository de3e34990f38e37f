import { Link } from 'react-router';
import { tableHelp } from '../../../../shared/catalog-table/table-help';
import { MixedText } from '../../components/MixedText';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-ja';

/** The program table's syntax, inside the app: the same text as the exported workbook's 説明 sheet. */
export function TableHelpPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('update.help'));
  const help = tableHelp(locale);
  const text = (line: string) => <MixedText text={line} locale={locale} />;
  const section = (id: string, heading: MessageKey, lines: string[]) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(heading)}</h2>
      {lines.map((line, i) => (
        <p key={i}>{text(line)}</p>
      ))}
    </section>
  );
  return (
    <article aria-labelledby="table-help-heading" className="table-help">
      <p>
        <Link to="/catalog-update">← {t('update.heading')}</Link>
      </p>
      <h1 id="table-help-heading">{t('update.help')}</h1>
      {section('help-intro', 'tableHelp.intro', help.intro)}
      {section('help-layout', 'tableHelp.layout', help.layout)}
      {section('help-cells', 'tableHelp.cells', help.cells)}
      <section aria-labelledby="help-budgets">
        <h2 id="help-budgets">{t('tableHelp.budgets')}</h2>
        {help.budgets.text.map((line, i) => (
          <p key={i}>{text(line)}</p>
        ))}
        <pre className="examples">{text(help.budgets.examples.join('\n'))}</pre>
      </section>
      <section aria-labelledby="help-columns">
        <h2 id="help-columns">{t('tableHelp.columns')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('tableHelp.header')}</th>
              <th scope="col">{t('tableHelp.englishHeader')}</th>
              <th scope="col">{t('tableHelp.how')}</th>
            </tr>
          </thead>
          <tbody>
            {help.columns.map((c) => (
              <tr key={c.header}>
                {/* The header as it is typed in the table: Japanese in both UIs. */}
                <th scope="row" lang="ja">
                  {c.header}
                </th>
                <td>
                  <code>{c.english}</code>
                </td>
                <td>{text(c.how)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {section('help-safety', 'tableHelp.safety', help.safety)}
    </article>
  );
}
