import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isRouteErrorResponse } from 'react-router';
import { technicalDetail } from '../../../shared/error-message';
import { classifyStorageError } from '../db/storage-health';
import { useI18n } from '../i18n/i18n';
import { reloadAtHome } from './reload-home';

/** What kind of failure, in words a user can act on; the technical text goes in the details box. */
export function errorKind(error: unknown): 'quota' | 'unavailable' | 'notFound' | 'appFiles' | 'bug' {
  if (isRouteErrorResponse(error)) return error.status === 404 ? 'notFound' : 'bug';
  const storage = classifyStorageError(error);
  if (storage !== 'other') return storage;
  // A code chunk that cannot be loaded: the app's files changed or went missing under the page.
  if (error instanceof TypeError && /dynamically imported module|module script/i.test(error.message))
    return 'appFiles';
  return 'bug';
}

export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <main className="problem" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t(`error.kind.${errorKind(error)}`)}</p>
      <p>{t('error.body')}</p>
      <button type="button" onClick={reloadAtHome}>
        {t('error.reload')}
      </button>
      <details>
        <summary>{t('error.details')}</summary>
        <pre>{technicalDetail(error)}</pre>
      </details>
    </main>
  );
}

/** Outside the router: catches failures in providers and the router itself. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled render error', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <ErrorScreen error={this.state.error} /> : this.props.children;
  }
}
