import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type DragEvent } from 'react';
import { compareCatalogVersions } from '../../../../shared/catalog/catalog';
import { writeCatalogPack } from '../../../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../../../shared/catalog/validate';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import {
  applyCatalog,
  hasCatalogBackup,
  undoCatalogUpdate,
  type ApplyProgress,
} from '../../db/catalog-update';
import { db } from '../../db/db';
import { useCatalogMeta } from '../../db/programs-repository';
import { useI18n } from '../../i18n/i18n';
import { FileTooLargeError, getPlatform } from '../../platform/platform';
import { isCatalogStale } from './catalog-age';
import { readUpdate, type ReadUpdate } from './read-update';
import { UpdatePreviewView } from './UpdatePreviewView';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'read'; result: ReadUpdate }
  | { step: 'applying'; progress: ApplyProgress | null }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

export function CatalogUpdatePage() {
  const { t } = useI18n();
  useDocumentTitle(t('update.heading'));
  const meta = useCatalogMeta();
  const canUndo = useLiveQuery(() => hasCatalogBackup(db), []);
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [confirmedOlder, setConfirmedOlder] = useState(false);
  const [now] = useState(Date.now);

  const check = async (file: string, bytes: Uint8Array) => {
    setConfirmedOlder(false);
    setState({ step: 'reading', file });
    setState({ step: 'read', result: await readUpdate(file, bytes) });
  };
  const choose = async () => {
    try {
      const opened = await getPlatform().openFileForImport([{ name: 'JSON', extensions: ['json'] }]);
      if (opened) await check(opened.name, opened.bytes);
    } catch (error) {
      if (!(error instanceof FileTooLargeError)) throw error;
      setState({
        step: 'read',
        result: {
          ok: false,
          file: error.fileName,
          problems: [
            {
              file: error.fileName,
              kind: 'too-large',
              record: '(file)',
              field: '(file)',
              message: `${error.bytes} bytes`,
            },
          ],
        },
      });
    }
  };
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) await check(file.name, new Uint8Array(await file.arrayBuffer()));
  };
  const apply = async (catalog: Parameters<typeof applyCatalog>[1]) => {
    setState({ step: 'applying', progress: null });
    try {
      await applyCatalog(db, catalog, (progress) => setState({ step: 'applying', progress }));
      setState({ step: 'done', message: t('update.applied', { version: catalog.meta.catalogVersion }) });
    } catch (error) {
      setState({
        step: 'failed',
        message: t('update.failed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  const undo = async () => {
    setState({ step: 'applying', progress: null });
    await undoCatalogUpdate(db, (progress) => setState({ step: 'applying', progress }));
    const restored = await db.meta.get('catalog');
    setState({ step: 'done', message: t('update.undone', { version: restored?.catalogVersion ?? '' }) });
  };
  const exportPack = async () => {
    const [programs, communities, marketDomains, frameworks, sources, current] = await Promise.all([
      db.programs.toArray(),
      db.communities.toArray(),
      db.marketDomains.toArray(),
      db.frameworks.toArray(),
      db.sources.toArray(),
      db.meta.get('catalog'),
    ]);
    if (!current) return;
    const { key: _key, loadedAt: _loadedAt, ...catalogMeta } = current;
    const result = validateCatalog({
      meta: catalogMeta,
      programs,
      communities,
      marketDomains,
      frameworks,
      sources,
    });
    if (!result.ok) return;
    const pack = await writeCatalogPack(result.catalog);
    await getPlatform().saveFile(`catalog-${current.catalogVersion}.json`, pack, 'application/json');
  };

  const stale = meta && isCatalogStale(meta.asOf, now);
  const busy = state.step === 'applying' || state.step === 'reading';
  return (
    <section aria-labelledby="update-heading" className="catalog-update">
      <h1 id="update-heading">{t('update.heading')}</h1>
      <p className="help">{t('update.intro')}</p>
      {meta && (
        <section aria-labelledby="current-heading">
          <h2 id="current-heading">{t('update.current')}</h2>
          <dl className="facts">
            <dt>{t('update.version')}</dt>
            <dd>{meta.catalogVersion}</dd>
            <dt>{t('update.asOf')}</dt>
            <dd>{meta.asOf}</dd>
            <dt>{t('update.publisher')}</dt>
            <dd>{meta.publisher}</dd>
            <dt>{t('update.loadedAt')}</dt>
            <dd>{new Date(meta.loadedAt).toLocaleString()}</dd>
          </dl>
          {stale && <p className="warning">{t('update.stale', { date: meta.asOf })}</p>}
        </section>
      )}
      <div className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={(e) => void onDrop(e)}>
        <button type="button" className="primary" disabled={busy} onClick={() => void choose()}>
          {t('update.choose')}
        </button>{' '}
        <span className="help">{t('update.drop')}</span>
      </div>
      <p className="toolbar">
        <button type="button" disabled={busy} onClick={() => void exportPack()}>
          {t('update.export')}
        </button>
        {canUndo && (
          <button type="button" disabled={busy} onClick={() => void undo()}>
            {t('update.undo')}
          </button>
        )}
      </p>
      <div aria-live="polite">
        {state.step === 'reading' && <p role="status">{t('update.reading', { file: state.file })}</p>}
        {state.step === 'applying' && (
          <p role="status">
            <progress max={state.progress?.total ?? 1} value={state.progress?.done ?? 0} />{' '}
            {state.progress &&
              t('update.applying', { done: state.progress.done, total: state.progress.total })}
          </p>
        )}
        {state.step === 'done' && <p role="status">{state.message}</p>}
        {state.step === 'failed' && <p role="alert">{state.message}</p>}
      </div>
      {state.step === 'read' && !state.result.ok && (
        <div role="alert" className="problem-list">
          <p>{t('update.rejected', { file: state.result.file })}</p>
          <ul>
            {state.result.problems.map((p, i) => (
              <li key={i}>
                <strong>{t(`update.kind.${p.kind}`)}</strong>{' '}
                {t('update.problem', { record: p.record, field: p.field, message: p.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.step === 'read' && state.result.ok && meta && (
        <UpdatePreviewView
          preview={state.result.preview}
          installedVersion={meta.catalogVersion}
          older={
            compareCatalogVersions(state.result.preview.catalog.meta.catalogVersion, meta.catalogVersion) < 0
          }
          confirmedOlder={confirmedOlder}
          onConfirmOlder={setConfirmedOlder}
          onApply={(catalog) => void apply(catalog)}
        />
      )}
    </section>
  );
}
