import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages-ja';
import { reloadAtHome } from './reload-home';

export type StartupProblem = 'unavailable' | 'quota' | 'other' | 'invalidCatalog';

export function StorageProblemScreen({
  problem,
  detail,
}: {
  problem: StartupProblem;
  detail: string | null;
}) {
  const { t } = useI18n();
  return (
    <main className="problem" role="alert">
      <h1>{t(`storage.${problem}.title` as MessageKey)}</h1>
      <p>{t(`storage.${problem}.body` as MessageKey)}</p>
      <button type="button" onClick={reloadAtHome}>
        {t('storage.reload')}
      </button>
      {detail && (
        <details>
          <summary>{t('error.details')}</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </main>
  );
}
