import { APP_VERSION } from '../../../../shared/app-version';
import { applyCatalog, switchCatalog } from '../../db/catalog-update';
import type { NaviDatabase } from '../../db/db';
import { classifyWriteError } from '../../db/storage-health';
import { setZodLocale } from '../../i18n/zod-locale';
import { localVersionProblem, readUpdate, type ReadUpdate } from './read-update';
import type { FromUpdateWorker, ToUpdateWorker } from './update-protocol';
import { errorMessage } from '../../../../shared/error-message';

/**
 * The update worker's work, apart from the worker: reading and checking a file, then applying,
 * undoing or redoing. The checked catalog stays here between preview and apply, so a national
 * catalog is parsed, validated and written without ever crossing to the page's thread.
 */
export function createUpdateService(
  database: NaviDatabase,
  reply: (message: FromUpdateWorker) => void,
  now: () => Date = () => new Date(),
) {
  let checked: Extract<ReadUpdate, { ok: true }> | null = null;
  const progress = (p: { done: number; total: number }) => reply({ type: 'progress', progress: p });

  return async (message: ToUpdateWorker): Promise<void> => {
    try {
      if (message.type === 'read') {
        checked = null;
        setZodLocale(message.locale);
        // The message gives up its bytes to the read: the chosen file's ~140 MB is garbage once
        // checked (its catalog is kept as a Blob for undo), not held through the diff and the apply.
        const result = await readUpdate(database, message.file, message, {
          keys: message.trustedKeys,
          now: now(),
          appVersion: APP_VERSION,
        });
        if (result.ok) checked = result;
        reply({ type: 'read', result: result.ok ? { ok: true, preview: result.preview } : result });
      } else if (message.type === 'apply') {
        if (!checked) throw new Error('no checked catalog to apply');
        const { catalog, preview, bytes, delta } = checked;
        const installed = await database.meta.get('catalog');
        if (preview.source.kind === 'local-edit') {
          // The user's own table: installed under the version the page proposed (or the user chose).
          const version = message.version ?? preview.source.proposedVersion;
          const problem = localVersionProblem(version, installed?.catalogVersion);
          if (problem) throw new Error(`version ${version}: ${problem}`);
          catalog.meta = { ...catalog.meta, catalogVersion: version };
        }
        await applyCatalog(database, catalog, {
          ...(bytes && { bytes }),
          provenance:
            preview.source.kind === 'signed'
              ? { kind: 'signed', ...preview.source.signature }
              : { kind: 'local-edit', basedOn: installed?.catalogVersion ?? '' },
          onProgress: progress,
          now: now(),
          delta,
        });
        checked = null;
        reply({ type: 'applied', meta: (await database.meta.get('catalog'))! });
      } else {
        const restored = await switchCatalog(database, progress);
        if (!restored) throw new Error('there is no other catalog to go back to');
        reply({ type: 'applied', meta: restored });
      }
    } catch (error) {
      reply({ type: 'failed', message: errorMessage(error), problem: classifyWriteError(error) });
    }
  };
}
