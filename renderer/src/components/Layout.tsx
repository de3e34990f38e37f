import { PublisherName } from './PublisherName';
import { Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { formatDate } from '../../../shared/format/dates';
import { useCatalogMeta } from '../db/programs-repository';
import { SEARCH_INPUT_ID } from '../features/catalog/search-params';
import { SiteSearch } from '../features/catalog/SiteSearch';
import { isCatalogStale } from '../features/catalog-update/catalog-age';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages-ja';
import { BrandMark } from './BrandMark';
import { CatalogProvenance } from '../features/catalog-update/CatalogProvenance';
import { DataSafetyBanner } from '../features/user-data/DataSafetyBanner';
import { InPageLink } from './InPageLink';
import { LanguageSwitch } from './LanguageSwitch';
import { useScrollMemory } from './useScrollMemory';
import { TeamStatusLine } from '../features/team/TeamStatusLine';

/**
 * The application's sections, in the order people use them: start, find, keep, then the
 * reference material. A new screen family adds one line here.
 */
const SECTIONS: { to: string; label: MessageKey; short?: MessageKey; end?: boolean }[] = [
  { to: '/', label: 'nav.overview', end: true },
  { to: '/wizard', label: 'nav.wizard', short: 'nav.short.wizard' },
  { to: '/programs', label: 'nav.programs' },
  { to: '/shortlists', label: 'nav.shortlists' },
  { to: '/calendar', label: 'nav.calendar', short: 'nav.short.calendar' },
  { to: '/communities', label: 'nav.communities', short: 'nav.short.communities' },
  { to: '/market-domains', label: 'nav.marketDomains' },
  { to: '/budgets', label: 'nav.budgets' },
  { to: '/frameworks', label: 'nav.frameworks', short: 'nav.short.frameworks' },
];

export function Layout({ notice }: { notice: string | null }) {
  const { t, locale } = useI18n();
  const meta = useCatalogMeta();
  const [now] = useState(Date.now);
  useSearchShortcut();
  useScrollMemory();
  return (
    <>
      <InPageLink className="skip-link" target="main">
        {t('nav.skipToContent')}
      </InPageLink>
      <header className="app-header">
        <div className="app-bar">
          <Link to="/" className="wordmark" aria-label={t('nav.home')}>
            <BrandMark className="brand-mark" />
            <span className="wordmark-text">
              <span className="wordmark-name">{t('app.title')}</span>
              <span className="wordmark-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          {/* Tools that belong to every screen (search, sync status) sit beside the language toggle. */}
          <div className="header-tools">
            <SiteSearch />
            <LanguageSwitch />
          </div>
        </div>
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul>
            {SECTIONS.map(({ to, label, short, end }) => (
              <li key={to}>
                <NavLink to={to} end={end}>
                  {short ? (
                    // On a narrow screen the bar shows the short label (a part of the full one);
                    // a screen reader always hears the full label.
                    <>
                      <span className="nav-label-full">{t(label)}</span>
                      <span className="nav-label-short" aria-hidden="true">
                        {t(short)}
                      </span>
                    </>
                  ) : (
                    t(label)
                  )}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <DataSafetyBanner />
        <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <ul className="footer-items">
          {meta && (
            <li>
              {t('footer.catalog', { version: meta.catalogVersion, date: formatDate(meta.asOf, locale) })}
              {' · '}
              <PublisherName name={meta.publisher} />
            </li>
          )}
          {meta && (
            <li>
              <CatalogProvenance meta={meta} />
            </li>
          )}
          {meta && isCatalogStale(meta.asOf, now) && (
            <li className="footer-warning">{t('update.stale', { date: formatDate(meta.asOf, locale) })}</li>
          )}
          {notice && <li className="footer-warning">{notice}</li>}
          <li className="footer-link">
            <NavLink to="/catalog-update">{t('nav.catalogUpdate')}</NavLink>
          </li>
          <li>
            <NavLink to="/data">{t('nav.data')}</NavLink>
          </li>
          <li>
            <NavLink to="/about">{t('nav.about')}</NavLink>
          </li>
          <li>
            <TeamStatusLine />
          </li>
        </ul>
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
      else navigate({ pathname: '/programs', search: '' }, { state: { focusSearch: true } });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
