import { Suspense, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** Shows 読み込み中 while code loaded on demand (charts, the map, the calendar) arrives. */
export function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Loading() {
  const { t } = useI18n();
  return (
    <p className="deferred-loading" aria-busy="true">
      {t('loading')}
    </p>
  );
}
