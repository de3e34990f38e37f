import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useI18n();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="problem" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
      <details>
        <summary>{t('error.details')}</summary>
        <pre>{detail}</pre>
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
