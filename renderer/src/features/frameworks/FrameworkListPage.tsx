import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFrameworks } from '../../db/frameworks-repository';
import { useI18n } from '../../i18n/i18n';

export function FrameworkListPage() {
  const { t } = useI18n();
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
              <Link to={`/frameworks/${framework.id}`}>{framework.name}</Link>
            </h2>
            <p className="card-meta">
              {framework.kind} · {framework.owners.join('・')} · {framework.describes.label}
            </p>
            <p>{framework.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
