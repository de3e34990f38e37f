import { NavLink, Outlet } from 'react-router';
import { useCatalogMeta } from '../db/programs-repository';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout({ notice }: { notice: string | null }) {
  const { t } = useI18n();
  const meta = useCatalogMeta();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="app-title">{t('app.title')}</span>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.title')} className="main-nav">
          <NavLink to="/wizard">{t('nav.wizard')}</NavLink>
          <NavLink to="/" end>
            {t('nav.programs')}
          </NavLink>
          <NavLink to="/communities">{t('nav.communities')}</NavLink>
          <NavLink to="/market-domains">{t('nav.marketDomains')}</NavLink>
          <NavLink to="/frameworks">{t('nav.frameworks')}</NavLink>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        {meta && <span>{t('catalog.asOf', { version: meta.catalogVersion, date: meta.asOf })}</span>}
        {notice && <span className="storage-hint">{notice}</span>}
      </footer>
    </>
  );
}
