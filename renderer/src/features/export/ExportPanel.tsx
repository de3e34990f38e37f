import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { useSourceDocuments } from '../../db/programs-repository';
import { DEFAULT_COLUMNS, EXPORT_COLUMNS, type ExportRow } from './export-columns';
import { buildExportTable, encodeExport, safeFileName, type ExportFormat, type Progress } from './run-export';
import { classifyWriteError, type WriteProblem } from '../../db/storage-health';
import { writeFailureText } from '../../components/WriteFailure';

type State =
  | { phase: 'idle' }
  | { phase: 'running'; progress: Progress | null }
  | { phase: 'done'; file: string; count: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; problem: WriteProblem };

/**
 * Column choice, format and a progress bar with a cancel button. Rows are loaded only when the
 * user presses export, so a large result set costs nothing until then.
 */
export function ExportPanel({
  kind,
  fileBaseName,
  loadRows,
  defaultColumns = DEFAULT_COLUMNS[kind],
}: {
  kind: 'list' | 'results';
  fileBaseName: string;
  loadRows: (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<ExportRow[]>;
  /** The columns ticked at first; the user changes them. */
  defaultColumns?: readonly string[];
}) {
  const { t, tn, locale } = useI18n();
  const id = useId();
  const documents = useSourceDocuments();
  const available = EXPORT_COLUMNS.filter((c) => kind === 'list' || !c.listOnly);
  const [chosen, setChosen] = useState<string[]>(() =>
    available.map((c) => c.id).filter((c) => defaultColumns.includes(c)),
  );
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const exportFile = async (signal: AbortSignal): Promise<State> => {
    if (!documents) return { phase: 'idle' };
    const columns = available.filter((c) => chosen.includes(c.id));
    const table = await buildExportTable(
      loadRows,
      columns,
      { t, locale, documents },
      (progress) => setState({ phase: 'running', progress }),
      signal,
    );
    const encoded = await encodeExport(table, format, fileBaseName, locale);
    signal.throwIfAborted();
    const file = `${safeFileName(fileBaseName)}.${encoded.extension}`;
    const saved = await getPlatform().saveFile('table', file, encoded.data, encoded.mimeType);
    return saved ? { phase: 'done', file, count: table.rows.length } : { phase: 'cancelled' };
  };
  const run = () => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', progress: null });
    exportFile(abort.signal)
      .then(setState, (error: unknown) =>
        setState(
          abort.signal.aborted
            ? { phase: 'cancelled' }
            : { phase: 'failed', problem: classifyWriteError(error) },
        ),
      )
      .finally(() => (controller.current = null));
  };

  const running = state.phase === 'running';
  return (
    <section className="export-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('export.heading')}</h2>
      <fieldset className="export-columns" disabled={running}>
        <legend>{t('export.columns')}</legend>
        {available.map((column) => (
          <label key={column.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(column.id)}
              onChange={(e) =>
                setChosen((current) =>
                  e.target.checked
                    ? available.map((c) => c.id).filter((c) => c === column.id || current.includes(c))
                    : current.filter((c) => c !== column.id),
                )
              }
            />
            {column.label(t)}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-format" disabled={running}>
        <legend>{t('export.format')}</legend>
        {(['csv', 'xlsx'] as const).map((value) => (
          <label key={value} className="check">
            <input
              type="radio"
              name={`${id}-format`}
              value={value}
              checked={format === value}
              onChange={() => setFormat(value)}
            />
            {t(`export.${value}`)}
          </label>
        ))}
      </fieldset>
      <p className="export-actions">
        <button type="button" onClick={run} disabled={running || chosen.length === 0 || !documents}>
          {t('export.start')}
        </button>
        {running && (
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('export.cancel')}
          </button>
        )}
      </p>
      {chosen.length === 0 && <p className="help">{t('export.noColumns')}</p>}
      <div role="status" aria-live="polite" className="export-status">
        {running && state.progress && (
          <>
            <progress max={state.progress.total} value={state.progress.done} />{' '}
            {t('export.progress', { done: state.progress.done, total: state.progress.total })}
          </>
        )}
        {state.phase === 'done' && tn('export.done', state.count, { file: state.file })}
        {state.phase === 'cancelled' && t('export.cancelled')}
        {state.phase === 'failed' && <span role="alert">{writeFailureText(t, 'export', state.problem)}</span>}
      </div>
    </section>
  );
}
