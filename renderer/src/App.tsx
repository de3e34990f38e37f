import { lazy, useEffect, useMemo, useState } from 'react';
import { createHashRouter, isRouteErrorResponse, useRouteError } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ConnectionLostNotice } from './components/ConnectionLostNotice';
import { Deferred } from './components/Deferred';
import { ErrorBoundary, ErrorScreen } from './components/ErrorBoundary';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFound';
import { StorageProblemScreen } from './components/StorageProblemScreen';
import { ProgramDetailPage } from './features/catalog/ProgramDetailPage';
import { ProgramListPage } from './features/catalog/ProgramListPage';
import { CommunityDetailPage } from './features/communities/CommunityDetailPage';
import { CommunityListPage } from './features/communities/CommunityListPage';
import { FrameworkDetailPage } from './features/frameworks/FrameworkDetailPage';
import { FrameworkListPage } from './features/frameworks/FrameworkListPage';
import { MarketDomainDetailPage } from './features/market-domains/MarketDomainDetailPage';
import { MarketDomainListPage } from './features/market-domains/MarketDomainListPage';
import { CatalogUpdatePage } from './features/catalog-update/CatalogUpdatePage';
import { TableHelpPage } from './features/catalog-update/TableHelpPage';
import { ComparePage } from './features/shortlists/ComparePage';
import { HandoutPage } from './features/shortlists/HandoutPage';
import { ShortlistPage } from './features/shortlists/ShortlistPage';
import { ShortlistsPage } from './features/shortlists/ShortlistsPage';
import { WorkshopPage } from './features/shortlists/WorkshopPage';
import { WizardPage } from './features/wizard/WizardPage';
import { WizardResultPage } from './features/wizard/WizardResultPage';
import { I18nProvider, useI18n } from './i18n/i18n';
import { startApp, type StartupResult } from './startup';
import { startAutomaticBackups } from './features/user-data/automatic-backups';
import { getPlatform } from './platform/platform';
import { classifyStorageError } from './db/storage-health';
import { technicalDetail } from '../../shared/error-message';

// Screens that draw charts, the map or the calendar load their code on first visit.
const BudgetOverviewPage = lazy(() => import('./features/budgets/BudgetOverviewPage'));
const CommunityMapPage = lazy(() => import('./features/communities/CommunityMapPage'));
const DeadlineCalendarPage = lazy(() => import('./features/calendar/DeadlineCalendarPage'));
const AboutPage = lazy(() => import('./features/about/AboutPage'));
const TeamPage = lazy(() => import('./features/team/TeamPage'));
const DataPage = lazy(() => import('./features/user-data/DataPage'));

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
            { index: true, element: <ProgramListPage /> },
            { path: 'programs', element: <ProgramListPage /> },
            { path: 'programs/:id', element: <ProgramDetailPage /> },
            { path: 'communities', element: <CommunityListPage /> },
            {
              path: 'communities/map',
              element: (
                <Deferred>
                  <CommunityMapPage />
                </Deferred>
              ),
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
              element: (
                <Deferred>
                  <DeadlineCalendarPage />
                </Deferred>
              ),
            },
            { path: 'shortlists/:id', element: <ShortlistPage /> },
            { path: 'shortlists/:id/handout', element: <HandoutPage /> },
            { path: 'shortlists/:id/workshop', element: <WorkshopPage /> },
            { path: 'compare', element: <ComparePage /> },
            { path: 'catalog-update', element: <CatalogUpdatePage /> },
            { path: 'catalog-update/help', element: <TableHelpPage /> },
            {
              path: 'team',
              element: (
                <Deferred>
                  <TeamPage />
                </Deferred>
              ),
            },
            {
              path: 'about',
              element: (
                <Deferred>
                  <AboutPage />
                </Deferred>
              ),
            },
            {
              path: 'budgets',
              element: (
                <Deferred>
                  <BudgetOverviewPage />
                </Deferred>
              ),
            },
            {
              path: 'data',
              element: (
                <Deferred>
                  <DataPage />
                </Deferred>
              ),
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
    startAutomaticBackups(host).catch((error: unknown) =>
      console.warn('Automatic backups could not start', error),
    );
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
