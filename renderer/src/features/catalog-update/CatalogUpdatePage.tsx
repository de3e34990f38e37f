import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { compareCatalogVersions } from '../../../../shared/catalog/catalog';
import { MAX_PACK_BYTES } from '../../../../shared/catalog/limits';
import { isTableFile, MAX_TABLE_BYTES } from '../../../../shared/catalog-table/read-table-file';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { WriteFailure } from '../../components/WriteFailure';
import { catalogAction, type ApplyProgress } from '../../db/catalog-update';
import { db, type CatalogMetaRow } from '../../db/db';
import { useCatalogMeta } from '../../db/programs-repository';
import { classifyWriteError } from '../../db/storage-health';
import { ensureRoom, NotEnoughRoomError } from '../../db/storage-space';
import { useI18n } from '../../i18n/i18n';
import { noRoomText } from '../../i18n/room-text';
import { FileTooLargeError, NotAFileError, getPlatform } from '../../platform/platform';
import { isCatalogStale } from './catalog-age';
import { CatalogExportButtons } from './CatalogExportButtons';
import { CatalogProvenance } from './CatalogProvenance';
import { trustedPublisherKeys } from './publisher-keys';
import { PublisherKeys } from './PublisherKeys';
import { UpdateClient, UpdateWriteError } from './update-client';
import type { CheckedFile } from './update-protocol';
import { UpdateProblems } from './UpdateProblems';
import { UpdatePreviewView } from './UpdatePreviewView';
import { errorMessage } from '../../../../shared/error-message';
import { formatDate, formatDateTime } from '../../../../shared/format/dates';
import { useSearchParams } from 'react-router';
import { useTeamPackHandOff } from '../team/useTeamPackHandOff';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'read'; result: CheckedFile }
  | { step: 'applying'; progress: ApplyProgress | null }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

export function CatalogUpdatePage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('update.heading'));
  const meta = useCatalogMeta();
  /** Undo or redo, whichever is next, and the catalog it brings back. */
  const kept = useLiveQuery(() => catalogAction(db), []);
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [confirmedOlder, setConfirmedOlder] = useState(false);
  const [confirmedNames, setConfirmedNames] = useState(false);
  const [localVersion, setLocalVersion] = useState('');
  const [now] = useState(Date.now);
  // Opening a file can fail outside the checks below (a dialog, a file that vanished): said in words.
  const action = useCheckedWrite();
  // Started with the page, so the worker is loaded before a file arrives, and ended with it: a
  // checked catalog lives only as long as its preview.
  const clientRef = useRef<UpdateClient | null>(null);
  // The checked file's size: the room an apply needs is reckoned from it (storage-space.ts).
  const checkedBytes = useRef(0);
  const client = () => (clientRef.current ??= new UpdateClient());
  useEffect(() => {
    clientRef.current = new UpdateClient();
    return () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, []);

  const check = async (file: string, bytes: Uint8Array<ArrayBuffer>, source?: Blob) => {
    checkedBytes.current = bytes.byteLength;
    setConfirmedOlder(false);
    setConfirmedNames(false);
    setState({ step: 'reading', file });
    try {
      const result = await client().check(file, bytes, locale, trustedPublisherKeys(), source);
      if (result.ok && result.preview.source.kind === 'local-edit')
        setLocalVersion(result.preview.source.proposedVersion);
      setState({ step: 'read', result });
    } catch (error) {
      setState({ step: 'failed', message: t('update.checkFailed', { file, message: errorMessage(error) }) });
    }
  };
  // A pack published to the team database (issue 18) arrives here like a chosen file.
  const [searchParams] = useSearchParams();
  const teamPackMissing = useTeamPackHandOff(searchParams.get('source') === 'team', check);
  const refuseAsTooLarge = (file: string, bytes: number) =>
    setState({
      step: 'read',
      result: {
        ok: false,
        file,
        problems: [
          {
            file,
            kind: 'too-large',
            record: '(file)',
            field: '(file)',
            message: 'too large',
            params: { size: bytes, limit: isTableFile(file) ? MAX_TABLE_BYTES : MAX_PACK_BYTES },
          },
        ],
      },
    });
  const choose = async () => {
    try {
      const opened = await getPlatform().openFileForImport([
        { name: t('update.fileFilter'), extensions: ['json', 'xlsx', 'csv', 'txt'] },
      ]);
      if (opened) await check(opened.name, opened.bytes, opened.file);
    } catch (error) {
      if (error instanceof NotAFileError)
        return setState({
          step: 'failed',
          message: `${t('update.rejected', { file: error.fileName })} ${t('files.notAFile')}`,
        });
      if (!(error instanceof FileTooLargeError)) throw error;
      refuseAsTooLarge(error.fileName, error.bytes);
    }
  };
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (!file) return;
    // Checked before reading: a dropped file could be gigabytes.
    if (file.size > (isTableFile(file.name) ? MAX_TABLE_BYTES : MAX_PACK_BYTES))
      return refuseAsTooLarge(file.name, file.size);
    await check(file.name, new Uint8Array(await file.arrayBuffer()), file);
  };
  const showProgress = (progress: ApplyProgress) => setState({ step: 'applying', progress });
  /** Apply, undo and redo all rewrite the catalog in the worker, with progress, and end in a message. */
  const rewrite = async (
    run: (onProgress: typeof showProgress) => Promise<CatalogMetaRow>,
    doneMessage: (version: string) => string,
  ) => {
    setState({ step: 'applying', progress: null });
    try {
      const installed = await run(showProgress);
      setState({ step: 'done', message: doneMessage(installed.catalogVersion) });
    } catch (error) {
      setState({ step: 'failed', message: t('update.failed', { message: failureText(error) }) });
    }
  };
  /** Why an apply or undo failed: the room or the storage in words, anything else as it was said. */
  const failureText = (error: unknown) => {
    if (error instanceof NotEnoughRoomError) return noRoomText(error.room, t, locale);
    const problem = error instanceof UpdateWriteError ? error.problem : classifyWriteError(error);
    return problem === 'other' ? errorMessage(error) : t(`write.problem.${problem}`);
  };
  const checked = state.step === 'read' && state.result.ok ? state.result.preview : null;
  const apply = () =>
    rewrite(
      async (p) => {
        await ensureRoom('catalogUpdate', checkedBytes.current);
        return client().apply(p, checked?.source.kind === 'local-edit' ? localVersion : undefined);
      },
      (version) => t('update.applied', { version }),
    );
  const switchCatalog = (redo: boolean) =>
    rewrite(
      (p) => client().switchCatalog(p),
      (version) =>
        `${t(redo ? 'update.redone' : 'update.undone', { version })} ${t('update.nowInstalled', { version })}`,
    );

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
            <dt>{t('update.provenance.label')}</dt>
            <dd>
              <CatalogProvenance meta={meta} />
            </dd>
            <dt>{t('update.asOf')}</dt>
            <dd>{formatDate(meta.asOf, locale)}</dd>
            <dt>{t('update.publisher')}</dt>
            <dd lang="ja">{meta.publisher}</dd>
            <dt>{t('update.loadedAt')}</dt>
            <dd>{formatDateTime(meta.loadedAt, locale)}</dd>
          </dl>
          {stale && <p className="warning">{t('update.stale', { date: formatDate(meta.asOf, locale) })}</p>}
        </section>
      )}
      <div
        className="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => action.run(() => onDrop(e))}
      >
        <button type="button" className="primary" disabled={busy} onClick={() => action.run(choose)}>
          {t('update.choose')}
        </button>{' '}
        <span className="help">{t('update.drop')}</span>
      </div>
      <p>
        <Link to="/catalog-update/help">{t('update.help')}</Link>
      </p>
      {kept && (
        <p className="toolbar">
          <button
            type="button"
            disabled={busy}
            onClick={() => action.run(() => switchCatalog(kept.action === 'redo'))}
          >
            {t(kept.action === 'redo' ? 'update.redo' : 'update.undo', { version: kept.meta.catalogVersion })}
          </button>
        </p>
      )}
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
        {teamPackMissing && <p role="alert">{t('team.pack.notAvailable')}</p>}
        <WriteFailure write={action} action="import" />
      </div>
      {state.step === 'read' && !state.result.ok && (
        <UpdateProblems file={state.result.file} problems={state.result.problems} />
      )}
      {checked && (
        <UpdatePreviewView
          preview={checked}
          choices={{
            older:
              checked.source.kind === 'signed' &&
              !!checked.installed &&
              compareCatalogVersions(checked.meta.catalogVersion, checked.installed.catalogVersion) < 0,
            confirmedOlder,
            onConfirmOlder: setConfirmedOlder,
            localVersion,
            onLocalVersion: setLocalVersion,
            confirmedNames,
            onConfirmNames: setConfirmedNames,
            onApply: () => action.run(apply),
          }}
        />
      )}
      <PublisherKeys disabled={busy} />
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('update.exportHeading')}</h2>
        <CatalogExportButtons disabled={busy} />
      </section>
    </section>
  );
}
