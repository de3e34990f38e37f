import { errorMessage } from '../../../../shared/error-message';
import {
  matchFrameworks,
  matchPrograms,
  type MatchResult,
  type ProgramMatch,
} from '../../../../shared/matching/match-programs';
import { relatedCommunities } from '../../../../shared/matching/related-communities';
import type { MatchableCatalog } from '../../db/catalog-snapshot';
import type { NaviDatabase } from '../../db/db';
import { SECTIONS, type FromMatchWorker, type Section, type ToMatchWorker } from './match-protocol';

/**
 * Programs the documents only mention, without saying whether they run now (科研費, A-STEP ...):
 * kept, but folded away under 要確認. Past programs are never among them: they are 終了.
 */
const isBackground = (m: ProgramMatch) => m.program.status.value === 'unknown';

export function sectionsOf(result: MatchResult): Record<Section, ProgramMatch[]> {
  return {
    eligible: result.eligible,
    check: result.check.filter((m) => !isBackground(m)),
    background: result.check.filter(isBackground),
    notEligible: result.notEligible,
    ended: result.ended,
  };
}

/**
 * The matching worker's work, apart from the worker so it runs in Node tests: a thin shell
 * around the engine's pure functions. It reads the catalog from IndexedDB once per installed
 * catalog, runs the engine for each profile, and sends the page each section's size and first
 * page; the rest of a section (or every 対象 program, for a list) when the page asks.
 */
export function createMatchService(db: NaviDatabase, post: (message: FromMatchWorker) => void) {
  let catalog: { key: string; data: Promise<MatchableCatalog> } | null = null;
  let current: { id: number; sections: Record<Section, ProgramMatch[]> } | null = null;
  let latest = 0;

  async function catalogNow(): Promise<MatchableCatalog> {
    const meta = await db.meta.get('catalog');
    const key = `${meta?.catalogVersion ?? 'none'}@${meta?.loadedAt ?? ''}`;
    if (catalog?.key !== key) {
      const data = db.transaction(
        'r',
        [db.programs, db.communities, db.marketDomains, db.frameworks],
        async () => ({
          programs: await db.programs.toArray(),
          communities: await db.communities.toArray(),
          marketDomains: await db.marketDomains.toArray(),
          frameworks: await db.frameworks.toArray(),
        }),
      );
      catalog = { key, data };
      // A failed read is not kept: the next result asks again.
      data.catch(() => {
        if (catalog?.data === data) catalog = null;
      });
    }
    return catalog.data;
  }

  return async function handle(message: ToMatchWorker): Promise<void> {
    if (message.type === 'prepare') {
      // A failure here shows up again, and is answered, when a result is asked for.
      await catalogNow().catch(() => undefined);
      return;
    }
    try {
      if (message.type === 'match') {
        latest = message.id;
        const data = await catalogNow();
        // The user changed the answers while the catalog was read: only the newest counts.
        if (message.id !== latest) return;
        const result = matchPrograms(data, message.profile, { today: message.today });
        const sections = sectionsOf(result);
        current = { id: message.id, sections };
        post({
          type: 'match',
          id: message.id,
          sections: Object.fromEntries(
            SECTIONS.map((s) => [
              s,
              { total: sections[s].length, matches: sections[s].slice(0, message.pageSize) },
            ]),
          ) as Record<Section, { total: number; matches: ProgramMatch[] }>,
          hidden: result.hidden.length,
          callsAsOf: result.callsAsOf,
          frameworks: matchFrameworks(data, message.profile),
          communities: relatedCommunities(data, message.profile),
          programs: data.programs.length,
        });
        return;
      }
      if (current?.id !== message.resultId) throw new Error('that result has been replaced by a newer one');
      if (message.type === 'page') {
        const { section, offset, limit } = message;
        post({
          type: 'page',
          id: message.id,
          matches: current.sections[section].slice(offset, offset + limit),
        });
        return;
      }
      post({
        type: 'eligible',
        id: message.id,
        matches: current.sections.eligible.map(({ program, group, reasons }) => ({
          program,
          group,
          reasons,
        })),
      });
    } catch (error) {
      post({ type: 'failed', id: message.id, message: errorMessage(error) });
    }
  };
}
