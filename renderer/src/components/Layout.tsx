import { useEffect, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useCatalogMeta } from '../db/programs-repository';
import { SEARCH_INPUT_ID } from '../features/catalog/search-params';
import { useI18n } from '../i18n/i18n';
import { isCatalogStale } from '../features/catalog-update/catalog-age';
import { CatalogProvenance } from '../features/catalog-update/CatalogProvenance';
import { DataSafetyBanner } from '../features/user-data/DataSafetyBanner';
import { InPageLink } from './InPageLink';
import { LanguageSwitch } from './LanguageSwitch';
import { TeamStatusLine } from '../features/team/TeamStatusLine';

export function Layout({ notice }: { notice: string | null }) {
  const { t } = useI18n();
  const meta = useCatalogMeta();
  const [now] = useState(Date.now);
  useSearchShortcut();
  return (
    <>
      <InPageLink className="skip-link" target="main">
        {t('nav.skipToContent')}
      </InPageLink>
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
          <NavLink to="/budgets">{t('nav.budgets')}</NavLink>
          <NavLink to="/frameworks">{t('nav.frameworks')}</NavLink>
          <NavLink to="/shortlists">{t('nav.shortlists')}</NavLink>
          <NavLink to="/calendar">{t('nav.calendar')}</NavLink>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <DataSafetyBanner />
        <Outlet />
      </main>
      <footer className="app-footer">
        {meta && <span>{t('catalog.asOf', { version: meta.catalogVersion, date: meta.asOf })}</span>}
        {meta && <CatalogProvenance meta={meta} />}
        {meta && isCatalogStale(meta.asOf, now) && (
          <span className="storage-hint">{t('update.stale', { date: meta.asOf })}</span>
        )}
        <NavLink to="/catalog-update">{t('nav.catalogUpdate')}</NavLink>
        <NavLink to="/data">{t('nav.data')}</NavLink>
        <NavLink to="/about">{t('nav.about')}</NavLink>
        <TeamStatusLine />
        {notice && <span className="storage-hint">{notice}</span>}
      </footer>
    </>
  );
}

/** "/" or Ctrl+K (⌘K) anywhere: to the program list with the search box focused. */
function useSearchShortcut() {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !commandK) return;
      event.preventDefault();
      const box = document.getElementById(SEARCH_INPUT_ID);
      if (box) box.focus();
      else navigate({ pathname: '/', search: '' }, { state: { focusSearch: true } });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
