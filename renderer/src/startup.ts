import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { technicalDetail } from '../../shared/error-message';
import { db } from './db/db';
import { guardConnection, onUpgradeBlocked, reportConnectionLoss } from './db/connection-guard';
import { seedCatalog } from './db/seed-catalog';
import { classifyStorageError, requestPersistentStorage } from './db/storage-health';
import { checkDiskRoom, OPEN_ROOM_BYTES, type NoRoom } from './db/storage-space';
import type { StartupProblem } from './components/StorageProblemScreen';

export type StartupResult =
  | { ok: true; persistent: boolean }
  | { ok: false; problem: StartupProblem; detail: string | null; room?: NoRoom };

let guarded = false;

/**
 * Set by 「それでも開く」 on the "disk almost full" screen, for the one start after it: a way on
 * for a user who knows there is room when the check says otherwise (never a dead end).
 */
const SKIP_ROOM_CHECK = 'shien-navi.skipRoomCheckOnce';

export function openOnceWithoutRoomCheck() {
  sessionStorage.setItem(SKIP_ROOM_CHECK, '1');
}

function takeSkipRoomCheck(): boolean {
  try {
    const skip = sessionStorage.getItem(SKIP_ROOM_CHECK) === '1';
    sessionStorage.removeItem(SKIP_ROOM_CHECK);
    return skip;
  } catch {
    return false;
  }
}

/**
 * Opens the database and brings the catalog up to date before the first screen renders.
 * `onBlocked`: another window holds the database at an older version and has not let go.
 */
export async function startApp(onBlocked: () => void = () => {}): Promise<StartupResult> {
  if (typeof indexedDB === 'undefined') return { ok: false, problem: 'unavailable', detail: null };
  // Chromium deletes a database that it cannot open for want of disk space: look before opening.
  const short = takeSkipRoomCheck() ? null : await checkDiskRoom(OPEN_ROOM_BYTES);
  if (short) return { ok: false, problem: 'noRoom', detail: null, room: short };
  if (!guarded) {
    guarded = true;
    guardConnection(db, reportConnectionLoss);
    onUpgradeBlocked(db, onBlocked);
  }
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
