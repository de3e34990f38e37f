import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { matchPrograms } from '../../shared/matching/match-programs';
import { readProfileParams } from '../../shared/matching/profile';
import { NaviDatabase } from '../../renderer/src/db/db';
import { seedCatalog } from '../../renderer/src/db/seed-catalog';
import type { FromMatchWorker, MatchReply } from '../../renderer/src/features/wizard/match-protocol';
import { createMatchService, sectionsOf } from '../../renderer/src/features/wizard/match-service';
import { syntheticPrograms } from '../bench/synthetic-catalog';

const TODAY = '2026-12-02';
const catalog = (() => {
  const result = validateCatalog(embeddedCatalogData);
  if (!result.ok) throw new Error('invalid catalog');
  return result.catalog;
})();
const profileFromParams = (params: URLSearchParams) => readProfileParams(params).profile;
const profile = profileFromParams(
  new URLSearchParams('org=university&pref=山形県&theme=health&need=research'),
)!;
const ids = (matches: { program: { id: string } }[]) => matches.map((m) => m.program.id);

describe('the matching worker’s service', () => {
  let database: NaviDatabase;
  let replies: FromMatchWorker[];
  let handle: ReturnType<typeof createMatchService>;
  let counter = 0;
  beforeEach(async () => {
    database = new NaviDatabase(`match-service-${++counter}`);
    await seedCatalog(database, embeddedCatalogVersion, () => embeddedCatalogData);
    replies = [];
    handle = createMatchService(database, (message) => replies.push(message));
  });
  afterEach(() => database.delete());

  it('answers with the engine’s groups: each section’s size and its first page, best first', async () => {
    await handle({ type: 'prepare' });
    expect(replies).toEqual([]);
    await handle({ type: 'match', id: 1, profile, today: TODAY, pageSize: 3 });
    const reply = replies[0] as MatchReply;
    const engine = sectionsOf(matchPrograms(catalog, profile, { today: TODAY }));
    for (const section of ['eligible', 'check', 'background', 'notEligible', 'ended'] as const) {
      expect(reply.sections[section].total, section).toBe(engine[section].length);
      expect(ids(reply.sections[section].matches), section).toEqual(ids(engine[section].slice(0, 3)));
    }
    expect(reply.sections.eligible.total).toBeGreaterThan(3);
    expect(reply.programs).toBe(catalog.programs.length);
    expect(reply.communities.length).toBeGreaterThan(0);

    // More of a section, and every 対象 program with its reasons for a list.
    await handle({ type: 'page', id: 2, resultId: 1, section: 'eligible', offset: 3, limit: 100 });
    expect(ids((replies[1] as { matches: { program: { id: string } }[] }).matches)).toEqual(
      ids(engine.eligible.slice(3)),
    );
    await handle({ type: 'eligible', id: 3, resultId: 1 });
    const all = replies[2] as { type: string; matches: { program: { id: string }; reasons: unknown[] }[] };
    expect(ids(all.matches)).toEqual(ids(engine.eligible));
    expect(all.matches.every((m) => m.reasons.length > 0)).toBe(true);
  });

  it('answers only the newest answers, and refuses pages of a replaced result', async () => {
    const other = profileFromParams(new URLSearchParams('org=municipality&pref=北海道'))!;
    await Promise.all([
      handle({ type: 'match', id: 1, profile, today: TODAY, pageSize: 5 }),
      handle({ type: 'match', id: 2, profile: other, today: TODAY, pageSize: 5 }),
    ]);
    expect(replies.map((r) => r.id)).toEqual([2]);
    await handle({ type: 'page', id: 3, resultId: 1, section: 'eligible', offset: 5, limit: 5 });
    expect(replies[1]).toMatchObject({ type: 'failed', id: 3 });
  });

  it('reads the catalog again once another one is installed', async () => {
    await handle({ type: 'match', id: 1, profile, today: TODAY, pageSize: 1 });
    await database.transaction('rw', database.programs, database.meta, async () => {
      await database.programs.clear();
      await database.programs.bulkAdd(syntheticPrograms(300));
      await database.meta.update('catalog', {
        catalogVersion: '2099.01.01-1',
        loadedAt: new Date().toISOString(),
      });
    });
    await handle({ type: 'match', id: 2, profile, today: TODAY, pageSize: 1 });
    expect((replies[1] as MatchReply).programs).toBe(300);
  });
});
