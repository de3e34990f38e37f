import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { technicalDetail } from '../../shared/error-message';
import { db } from './db/db';
import { seedCatalog } from './db/seed-catalog';
import { classifyStorageError, requestPersistentStorage } from './db/storage-health';
import type { StartupProblem } from './components/StorageProblemScreen';

export type StartupResult =
  { ok: true; persistent: boolean } | { ok: false; problem: StartupProblem; detail: string | null };

/** Opens the database and brings the catalog up to date before the first screen renders. */
export async function startApp(): Promise<StartupResult> {
  if (typeof indexedDB === 'undefined') return { ok: false, problem: 'unavailable', detail: null };
  try {
    const outcome = await seedCatalog(db, embeddedCatalogVersion, () => embeddedCatalogData);
    if (outcome.status === 'invalid') {
      const detail = outcome.problems.map((p) => `${p.record} ${p.field}: ${p.message}`).join('\n');
      return { ok: false, problem: 'invalidCatalog', detail };
    }
  } catch (error) {
    return { ok: false, problem: classifyStorageError(error), detail: technicalDetail(error) };
  }
  // A connected team resumes syncing in the background; with none, this does nothing at all.
  // The session and PouchDB load only then, so they are not part of the first screen's JavaScript.
  db.team
    .get('connection')
    .then((row) =>
      row ? import('./features/team/team').then(({ teamSession }) => teamSession.open()) : undefined,
    )
    .catch(() => {});
  return { ok: true, persistent: await requestPersistentStorage(navigator.storage) };
}
