import { useEffect, useMemo, useState } from 'react';
import { createHashRouter, isRouteErrorResponse, useRouteError } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ConnectionLostNotice } from './components/ConnectionLostNotice';
import { ErrorBoundary, ErrorScreen } from './components/ErrorBoundary';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFound';
import { StorageProblemScreen } from './components/StorageProblemScreen';
import { OverviewPage } from './features/overview/OverviewPage';
import { lazyPage } from './components/lazy-page';
import { I18nProvider, useI18n } from './i18n/i18n';
import { startApp, type StartupResult } from './startup';
import { getPlatform } from './platform/platform';
import { classifyStorageError } from './db/storage-health';
import { technicalDetail } from '../../shared/error-message';

// Screens past the first one load when first opened, so the first screen's JavaScript stays small.
const ProgramListPage = lazyPage(() =>
  import('./features/catalog/ProgramListPage').then((m) => m.ProgramListPage),
);
const SearchPage = lazyPage(() => import('./features/catalog/SearchPage').then((m) => m.SearchPage));
const ProgramDetailPage = lazyPage(() =>
  import('./features/catalog/ProgramDetailPage').then((m) => m.ProgramDetailPage),
);
const CommunityDetailPage = lazyPage(() =>
  import('./features/communities/CommunityDetailPage').then((m) => m.CommunityDetailPage),
);
const CommunityListPage = lazyPage(() =>
  import('./features/communities/CommunityListPage').then((m) => m.CommunityListPage),
);
const FrameworkDetailPage = lazyPage(() =>
  import('./features/frameworks/FrameworkDetailPage').then((m) => m.FrameworkDetailPage),
);
const FrameworkListPage = lazyPage(() =>
  import('./features/frameworks/FrameworkListPage').then((m) => m.FrameworkListPage),
);
const MarketDomainDetailPage = lazyPage(() =>
  import('./features/market-domains/MarketDomainDetailPage').then((m) => m.MarketDomainDetailPage),
);
const MarketDomainListPage = lazyPage(() =>
  import('./features/market-domains/MarketDomainListPage').then((m) => m.MarketDomainListPage),
);
const CatalogUpdatePage = lazyPage(() =>
  import('./features/catalog-update/CatalogUpdatePage').then((m) => m.CatalogUpdatePage),
);
const TableHelpPage = lazyPage(() =>
  import('./features/catalog-update/TableHelpPage').then((m) => m.TableHelpPage),
);
const ComparePage = lazyPage(() => import('./features/shortlists/ComparePage').then((m) => m.ComparePage));
const HandoutPage = lazyPage(() => import('./features/shortlists/HandoutPage').then((m) => m.HandoutPage));
const ShortlistPage = lazyPage(() =>
  import('./features/shortlists/ShortlistPage').then((m) => m.ShortlistPage),
);
const ShortlistsPage = lazyPage(() =>
  import('./features/shortlists/ShortlistsPage').then((m) => m.ShortlistsPage),
);
const WorkshopPage = lazyPage(() => import('./features/shortlists/WorkshopPage').then((m) => m.WorkshopPage));
const WizardPage = lazyPage(() => import('./features/wizard/WizardPage').then((m) => m.WizardPage));
const WizardResultPage = lazyPage(() =>
  import('./features/wizard/WizardResultPage').then((m) => m.WizardResultPage),
);

// Screens that draw charts, the map or the calendar (their modules export the page as default).
const BudgetOverviewPage = lazyPage(() =>
  import('./features/budgets/BudgetOverviewPage').then((m) => m.default),
);
const CommunityMapPage = lazyPage(() =>
  import('./features/communities/CommunityMapPage').then((m) => m.default),
);
const DeadlineCalendarPage = lazyPage(() =>
  import('./features/calendar/DeadlineCalendarPage').then((m) => m.default),
);
const AboutPage = lazyPage(() => import('./features/about/AboutPage').then((m) => m.default));
const TeamPage = lazyPage(() => import('./features/team/TeamPage').then((m) => m.default));
const DataPage = lazyPage(() => import('./features/user-data/DataPage').then((m) => m.DataPage));

function RouteError() {
  const error = useRouteError();
  // Unknown addresses meet the catch-all route inside the layout; this is the last line of defence.
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorScreen error={error} />;
}

function Routes({ persistent }: { persistent: boolean }) {
  const { t } = useI18n();
  const notice = persistent ? null : t('storage.notPersistent');
  // Hash routing: the same build works from app://bundle/index.html and from a web server.
  const router = useMemo(
    () =>
      createHashRouter([
        {
          path: '/',
          element: <Layout notice={notice} />,
          errorElement: <RouteError />,
          children: [
            { index: true, element: <OverviewPage /> },
            { path: 'programs', element: <ProgramListPage /> },
            { path: 'programs/:id', element: <ProgramDetailPage /> },
            { path: 'search', element: <SearchPage /> },
            { path: 'communities', element: <CommunityListPage /> },
            {
              path: 'communities/map',
              element: <CommunityMapPage />,
            },
            { path: 'communities/:id', element: <CommunityDetailPage /> },
            { path: 'market-domains', element: <MarketDomainListPage /> },
            { path: 'market-domains/:id', element: <MarketDomainDetailPage /> },
            { path: 'frameworks', element: <FrameworkListPage /> },
            { path: 'frameworks/:id', element: <FrameworkDetailPage /> },
            { path: 'wizard', element: <WizardPage /> },
            { path: 'wizard/result', element: <WizardResultPage /> },
            { path: 'shortlists', element: <ShortlistsPage /> },
            {
              path: 'calendar',
              element: <DeadlineCalendarPage />,
            },
            { path: 'shortlists/:id', element: <ShortlistPage /> },
            { path: 'shortlists/:id/handout', element: <HandoutPage /> },
            { path: 'shortlists/:id/workshop', element: <WorkshopPage /> },
            { path: 'compare', element: <ComparePage /> },
            { path: 'catalog-update', element: <CatalogUpdatePage /> },
            { path: 'catalog-update/help', element: <TableHelpPage /> },
            {
              path: 'team',
              element: <TeamPage />,
            },
            {
              path: 'about',
              element: <AboutPage />,
            },
            {
              path: 'budgets',
              element: <BudgetOverviewPage />,
            },
            {
              path: 'data',
              element: <DataPage />,
            },
            // Any other address (`#/nope`, `#main` typed by hand): "not found" with a way home.
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ]),
    [notice],
  );
  return <RouterProvider router={router} />;
}

function Startup() {
  const { t } = useI18n();
  const [result, setResult] = useState<StartupResult | null>(null);
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    startApp(() => setBlocked(true)).then(setResult, (error: unknown) =>
      setResult({ ok: false, problem: classifyStorageError(error), detail: technicalDetail(error) }),
    );
  }, []);
  // Desktop app: automatic backups outside the database, and the start-up offer to restore one.
  useEffect(() => {
    const host = getPlatform().backups;
    if (!result?.ok || !host) return;
    // Only the desktop app keeps backups: their code loads there, never in the browser build.
    import('./features/user-data/automatic-backups')
      .then(({ startAutomaticBackups }) => startAutomaticBackups(host))
      .catch((error: unknown) => console.warn('Automatic backups could not start', error));
  }, [result]);
  if (!result)
    return (
      <p aria-busy="true" role={blocked ? 'alert' : undefined}>
        {blocked ? t('connection.blocked') : t('loading')}
      </p>
    );
  if (!result.ok)
    return <StorageProblemScreen problem={result.problem} detail={result.detail} room={result.room} />;
  return (
    <>
      <ConnectionLostNotice />
      <Routes persistent={result.persistent} />
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <ErrorBoundary>
        <Startup />
      </ErrorBoundary>
    </I18nProvider>
  );
}
