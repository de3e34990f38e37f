import { Link } from 'react-router';
import { tableHelp } from '../../../../shared/catalog-table/table-help';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/i18n';

/** The program table's syntax, inside the app: the same text as the exported workbook's 説明 sheet. */
export function TableHelpPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('update.help'));
  const help = tableHelp(locale);
  const section = (id: string, heading: string, lines: string[]) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </section>
  );
  const ja = locale === 'ja';
  return (
    <article aria-labelledby="table-help-heading" className="table-help">
      <p>
        <Link to="/catalog-update">← {t('update.heading')}</Link>
      </p>
      <h1 id="table-help-heading">{t('update.help')}</h1>
      {section('help-intro', ja ? 'はじめに' : 'Overview', help.intro)}
      {section('help-layout', ja ? '表の形' : 'Layout', help.layout)}
      {section('help-cells', ja ? 'セルの書き方' : 'Cells', help.cells)}
      <section aria-labelledby="help-budgets">
        <h2 id="help-budgets">{ja ? '予算の書き方' : 'Budgets'}</h2>
        {help.budgets.text.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
        <pre className="examples">{help.budgets.examples.join('\n')}</pre>
      </section>
      <section aria-labelledby="help-columns">
        <h2 id="help-columns">{ja ? '列' : 'Columns'}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{ja ? '見出し' : 'Header'}</th>
              <th scope="col">{ja ? '英語の見出し' : 'English header'}</th>
              <th scope="col">{ja ? '書き方' : 'How to write it'}</th>
            </tr>
          </thead>
          <tbody>
            {help.columns.map((c) => (
              <tr key={c.header}>
                <th scope="row">{c.header}</th>
                <td>
                  <code>{c.english}</code>
                </td>
                <td>{c.how}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {section('help-safety', ja ? '安全のために' : 'Safety', help.safety)}
    </article>
  );
}
