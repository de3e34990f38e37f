import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFrameworks } from '../../db/frameworks-repository';
import { useI18n } from '../../i18n/i18n';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { fiscalYearText, glossList } from '../../components/program-display';

export function FrameworkListPage() {
  const { t, locale } = useI18n();
  const frameworks = useFrameworks();
  useDocumentTitle(t('framework.listHeading'));
  if (!frameworks) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <section aria-labelledby="frameworks-heading">
      <h1 id="frameworks-heading">{t('framework.listHeading')}</h1>
      <p className="intro">{t('framework.listIntro')}</p>
      <ul className="card-list">
        {frameworks.map((framework) => (
          <li key={framework.id} className="card" data-framework-id={framework.id}>
            <h2>
              <Link to={`/frameworks/${framework.id}`} lang="ja">
                {framework.name}
              </Link>
            </h2>
            <p className="card-meta">
              {gloss('framework-kind', framework.kind, locale)} ·{' '}
              {glossList('ministry', framework.owners, locale)} ·{' '}
              {fiscalYearText(framework.describes, locale)}
            </p>
            <p lang="ja">{framework.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
