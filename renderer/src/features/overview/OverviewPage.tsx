import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useCommunities } from '../../db/communities-repository';
import { useFrameworks } from '../../db/frameworks-repository';
import { useMarketDomains } from '../../db/market-domains-repository';
import { useCatalogMeta } from '../../db/programs-repository';
import { useShortlists } from '../../db/shortlists-repository';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-ja';
import { listStateToParams } from '../catalog/search-params';
import { CatalogSummary } from './CatalogSummary';
import { RecentPrograms } from './RecentPrograms';
import { UpcomingDeadlines } from './UpcomingDeadlines';

/**
 * The first screen: what the catalog holds and where to start, in the time it takes to read it.
 * The wizard is the main way in; search, the full list and the user's own lists are one step away.
 */
export function OverviewPage() {
  const { t } = useI18n();
  useDocumentTitle(t('nav.overview'));
  const meta = useCatalogMeta();
  return (
    <div className="overview">
      <section className="overview-hero" aria-labelledby="overview-heading">
        <h1 id="overview-heading">{t('overview.heading')}</h1>
        <p className="overview-lead">{t('overview.lead')}</p>
        <div className="overview-actions">
          <Link to="/wizard" className="button-link hero-cta">
            {t('list.wizardCta')} →
          </Link>
          <Link to="/programs" className="button-link secondary">
            {t('overview.browse')}
          </Link>
        </div>
        <p className="help">{t('list.wizardCtaHelp')}</p>
        <QuickSearch />
      </section>
      <div className="overview-grid">
        <CatalogSummary meta={meta} />
        <div className="overview-side">
          <UpcomingDeadlines />
          <RecentPrograms />
        </div>
      </div>
      <EntryPoints />
    </div>
  );
}

/** Words typed here open the program list with them searched. */
function QuickSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const [query, setQuery] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = listStateToParams({ query: query.trim(), filters: {}, sort: 'relevance' });
    navigate({ pathname: '/programs', search: params.toString() });
  };
  return (
    <form className="quick-search" role="search" onSubmit={submit}>
      <label htmlFor={id} className="field-label">
        {t('overview.search.label')}
      </label>
      <div className="quick-search-row">
        <input
          id={id}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('search.placeholder')}
          autoComplete="off"
        />
        <button type="submit" className="primary">
          {t('overview.search.button')}
        </button>
      </div>
    </form>
  );
}

function EntryPoints() {
  const { t, formatCount } = useI18n();
  const lists = useShortlists();
  const communities = useCommunities();
  const domains = useMarketDomains();
  const frameworks = useFrameworks();
  const entries: { to: string; title: MessageKey; help: MessageKey; count?: number }[] = [
    { to: '/shortlists', title: 'nav.shortlists', help: 'overview.entry.shortlists', count: lists?.length },
    {
      to: '/communities',
      title: 'nav.communities',
      help: 'overview.entry.communities',
      count: communities?.length,
    },
    {
      to: '/market-domains',
      title: 'nav.marketDomains',
      help: 'overview.entry.marketDomains',
      count: domains?.length,
    },
    {
      to: '/frameworks',
      title: 'nav.frameworks',
      help: 'overview.entry.frameworks',
      count: frameworks?.length,
    },
  ];
  return (
    <section aria-labelledby="entry-points-heading" className="entry-points">
      <h2 id="entry-points-heading">{t('overview.explore')}</h2>
      <ul className="entry-cards">
        {entries.map((entry) => (
          <li key={entry.to} className="entry-card-link">
            <Link to={entry.to}>
              <span className="entry-title">{t(entry.title)}</span>
              {entry.count !== undefined && <span className="entry-count">{formatCount(entry.count)}</span>}
              <span className="entry-help">{t(entry.help)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
