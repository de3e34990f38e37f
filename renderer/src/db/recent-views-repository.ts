import { useLiveQuery } from 'dexie-react-hooks';
import type { Program } from '../../../shared/catalog/program';
import { db, type NaviDatabase } from './db';

/** How many programs the history keeps; the overview shows the first few. */
export const RECENT_VIEWS_KEPT = 30;

/** Notes that a program was opened now; the oldest views beyond the kept number are dropped. */
export async function recordProgramView(programId: string, now = new Date(), database: NaviDatabase = db) {
  await database.transaction('rw', database.recentViews, async () => {
    await database.recentViews.put({ programId, viewedAt: now.toISOString() });
    const stale = await database.recentViews
      .orderBy('viewedAt')
      .reverse()
      .offset(RECENT_VIEWS_KEPT)
      .primaryKeys();
    if (stale.length) await database.recentViews.bulkDelete(stale);
  });
}

/** The most recently opened programs that the current catalog still has, newest first. */
export function useRecentPrograms(limit: number): { program: Program; viewedAt: string }[] | undefined {
  return useLiveQuery(async () => {
    const views = await db.recentViews.orderBy('viewedAt').reverse().limit(RECENT_VIEWS_KEPT).toArray();
    const programs = await db.programs.bulkGet(views.map((v) => v.programId));
    return views
      .flatMap((view, i) => (programs[i] ? [{ program: programs[i], viewedAt: view.viewedAt }] : []))
      .slice(0, limit);
  }, [limit]);
}
