import { formatDate } from '../../../../shared/format/dates';
import { JAPAN_MAP } from '../../../../shared/geo/japan-map';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useCatalogMeta } from '../../db/programs-repository';
import { useI18n } from '../../i18n/i18n';

/** What the app is built from: the catalog's publisher, and the map data with its licence. */
export default function AboutPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('about.heading'));
  const meta = useCatalogMeta();
  const map = JAPAN_MAP.source;
  return (
    <section aria-labelledby="about-heading" className="about-page">
      <h1 id="about-heading">{t('about.heading')}</h1>
      <p>{t('app.tagline')}</p>
      {meta && (
        <p>
          {t('about.catalog', { version: meta.catalogVersion, date: formatDate(meta.asOf, locale) })}{' '}
          <span lang="ja">{meta.publisher}</span>
        </p>
      )}
      <h2>{t('about.attributions')}</h2>
      <dl className="facts">
        <dt>{t('about.mapData')}</dt>
        <dd>
          {map.attribution}
          <br />
          {t('about.mapLicence', { license: map.license, package: `${map.package} ${map.version}` })}
          <br />
          <span className="printed">https://creativecommons.org/licenses/by/4.0/</span>
        </dd>
        <dt>{t('about.libraries')}</dt>
        <dd>{t('about.librariesText')}</dd>
      </dl>
    </section>
  );
}
