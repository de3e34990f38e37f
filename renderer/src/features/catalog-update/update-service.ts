import { applyCatalog, undoCatalogUpdate } from '../../db/catalog-update';
import type { NaviDatabase } from '../../db/db';
import { classifyWriteError } from '../../db/storage-health';
import { setZodLocale } from '../../i18n/zod-locale';
import { readUpdate, type ReadUpdate } from './read-update';
import type { FromUpdateWorker, ToUpdateWorker } from './update-protocol';
import { errorMessage } from '../../../../shared/error-message';

/**
 * The update worker's work, apart from the worker: reading and checking a file, then applying or
 * undoing. The checked catalog stays here between preview and apply, so a national catalog is
 * parsed, validated and written without ever crossing to the page's thread.
 */
export function createUpdateService(database: NaviDatabase, reply: (message: FromUpdateWorker) => void) {
  let checked: Extract<ReadUpdate, { ok: true }> | null = null;
  const progress = (p: { done: number; total: number }) => reply({ type: 'progress', progress: p });

  return async (message: ToUpdateWorker): Promise<void> => {
    try {
      if (message.type === 'read') {
        checked = null;
        setZodLocale(message.locale);
        const result = await readUpdate(database, message.file, message.bytes);
        if (result.ok) checked = result;
        reply({ type: 'read', result: result.ok ? { ok: true, preview: result.preview } : result });
      } else if (message.type === 'apply') {
        if (!checked) throw new Error('no checked catalog to apply');
        await applyCatalog(database, checked.catalog, progress, new Date(), checked.installed);
        reply({ type: 'applied', version: checked.catalog.meta.catalogVersion });
        checked = null;
      } else {
        if (!(await undoCatalogUpdate(database, progress))) throw new Error('there is no previous catalog');
        const restored = await database.meta.get('catalog');
        reply({ type: 'applied', version: restored?.catalogVersion ?? '' });
      }
    } catch (error) {
      reply({ type: 'failed', message: errorMessage(error), problem: classifyWriteError(error) });
    }
  };
}
