import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import type { FromSearchWorker, SearchReply } from '../../shared/search/search-protocol';
import { NaviDatabase } from '../../renderer/src/db/db';
import { seedCatalog } from '../../renderer/src/db/seed-catalog';
import { SearchCacheDatabase } from '../../renderer/src/features/catalog/search-cache';
import { createSearchService } from '../../renderer/src/features/catalog/search-service';
import { expansionWords } from '../../shared/search/vocabulary';
import { syntheticPrograms } from '../bench/synthetic-catalog';

const until = async <T>(get: () => T | undefined | Promise<T | undefined>): Promise<T> => {
  for (let i = 0; i < 200; i++) {
    const value = await get();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out');
};

describe('the search worker’s service', () => {
  let database: NaviDatabase;
  let cache: SearchCacheDatabase;
  let counter = 0;
  beforeEach(async () => {
    counter++;
    database = new NaviDatabase(`search-service-${counter}`);
    cache = new SearchCacheDatabase(`search-cache-${counter}`);
    await seedCatalog(database, embeddedCatalogVersion, () => embeddedCatalogData);
  });
  afterEach(async () => {
    await database.delete();
    await cache.delete();
  });

  const start = async (format = 'test', aheadIdleMs = 60_000) => {
    const replies: FromSearchWorker[] = [];
    const handle = createSearchService(database, cache, (m) => replies.push(m), {
      format,
      saveDelayMs: 0,
      chunk: 1_000,
      aheadIdleMs,
    });
    await handle({ type: 'index' });
    return { replies, handle };
  };
  const reply = (replies: FromSearchWorker[], id: number) =>
    until(() => replies.find((r): r is SearchReply => r.type === 'result' && r.id === id));

  it('builds the index, keeps it, and loads it on the next start with the same answers', async () => {
    const first = await start();
    await first.handle({ type: 'search', id: 1, request: { query: 'JST' }, limit: 10 });
    const built = await reply(first.replies, 1);
    expect(built.rows.map((p) => p.id)).toEqual(expect.arrayContaining(['a-step', 'coi-next']));
    expect(first.replies.find((r) => r.type === 'indexed')).toMatchObject({ source: 'built', programs: 46 });
    await until(() => cache.snapshots.get('programs'));

    const second = await start();
    await second.handle({ type: 'search', id: 1, request: { query: 'JST' }, limit: 10 });
    expect(second.replies.find((r) => r.type === 'indexed')).toMatchObject({ source: 'cache', programs: 46 });
    expect((await reply(second.replies, 1)).rows).toEqual(built.rows);

    // Another index format (new search code) or another catalog: built again.
    const newCode = await start('other');
    await newCode.handle({ type: 'search', id: 1, request: { query: '' }, limit: 1 });
    expect(newCode.replies.find((r) => r.type === 'indexed')).toMatchObject({ source: 'built' });
  });

  it('rebuilds for a new catalog and reads a large one in slices', async () => {
    const first = await start();
    await first.handle({ type: 'search', id: 1, request: { query: '' }, limit: 1 });
    await until(() => cache.snapshots.get('programs'));
    const programs = syntheticPrograms(2_500);
    await database.transaction('rw', database.programs, database.meta, async () => {
      await database.programs.clear();
      await database.programs.bulkAdd(programs);
      await database.meta.update('catalog', {
        catalogVersion: '2099.01.01-1',
        loadedAt: new Date().toISOString(),
      });
    });
    const next = await start();
    await next.handle({ type: 'search', id: 2, request: { query: 'ゲノム 実証' }, limit: 5 });
    expect(next.replies.find((r) => r.type === 'indexed')).toMatchObject({
      source: 'built',
      programs: 2_500,
    });
    const found = await reply(next.replies, 2);
    expect(found.total).toBeGreaterThan(5);
    expect(found.rows.every((p) => p.name.includes('ゲノム') || p.summary?.includes('ゲノム'))).toBe(true);
  });

  it('answers only the newest search, but always an export’s request for every id', async () => {
    const { replies, handle } = await start();
    await Promise.all([
      handle({ type: 'search', id: 1, request: { query: 'バ' }, limit: 5 }),
      handle({ type: 'search', id: 2, request: { query: 'バイ' }, limit: 5, allIds: true }),
      handle({ type: 'search', id: 3, request: { query: 'バイオ' }, limit: 5 }),
    ]);
    expect(
      replies
        .filter((r) => r.type === 'result')
        .map((r) => r.id)
        .sort(),
    ).toEqual([2, 3]);
    expect((await reply(replies, 2)).ids!.length).toBe((await reply(replies, 2)).total);
  });

  it('after a search that finds nothing, posts suggestions unless another search came first', async () => {
    const { replies, handle } = await start();
    await handle({ type: 'everything', id: 1, query: 'univercity', perKind: 5 });
    const suggested = await until(() => replies.find((r) => r.type === 'suggestions'));
    expect(suggested).toMatchObject({
      id: 1,
      suggestions: [expect.objectContaining({ word: 'university' })],
    });

    await handle({ type: 'search', id: 2, request: { query: 'ゲノモ' }, limit: 5 });
    await handle({ type: 'search', id: 3, request: { query: 'ゲノム' }, limit: 5 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(replies.filter((r) => r.type === 'suggestions').map((r) => (r as { id: number }).id)).toEqual([1]);
  });

  it('finds the vocabulary’s words ahead when idle, keeps them with the index, and answers as before', async () => {
    const words = expansionWords();
    const first = await start('test', 0);
    await first.handle({ type: 'search', id: 1, request: { query: '再生医療' }, limit: 10 });
    const scanned = await reply(first.replies, 1);
    // Kept first as built, then again once every word has been found ahead.
    const kept = await until(async () => {
      const row = await cache.snapshots.get('programs');
      return row?.snapshot.text.ahead?.length === words.length ? row : undefined;
    });
    expect(kept.snapshot.text.ahead!.map(([word]) => word).sort()).toEqual([...words].sort());

    const second = await start('test', 0);
    await second.handle({ type: 'search', id: 1, request: { query: '再生医療' }, limit: 10 });
    expect(second.replies.find((r) => r.type === 'indexed')).toMatchObject({ source: 'cache' });
    const fromAhead = await reply(second.replies, 1);
    expect(fromAhead.total).toBe(scanned.total);
    expect(fromAhead.rows).toEqual(scanned.rows);
    expect(fromAhead.facetCounts).toEqual(scanned.facetCounts);
  });

  it('puts finding ahead off while requests keep coming', async () => {
    const { handle } = await start('test', 200);
    await handle({ type: 'search', id: 1, request: { query: '' }, limit: 5 });
    await until(() => cache.snapshots.get('programs'));
    for (let id = 2; id <= 16; id++) {
      await handle({ type: 'search', id, request: { query: 'バイオ'.slice(0, (id % 3) + 1) }, limit: 5 });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Typed for 300 ms with pauses of 20: nothing was found ahead, so the index is kept as built.
    expect((await cache.snapshots.get('programs'))?.snapshot.text.ahead).toEqual([]);
    const words = expansionWords();
    await until(async () =>
      (await cache.snapshots.get('programs'))?.snapshot.text.ahead?.length === words.length
        ? true
        : undefined,
    );
  });

  it('draws rows in the order of the results, whether read from the database or remembered', async () => {
    const { replies, handle } = await start();
    const expectRowsInOrder = async (id: number, query: string, sort: 'relevance' | 'name') => {
      await handle({ type: 'search', id, request: { query, sort }, limit: 20, allIds: true });
      const answer = await reply(replies, id);
      expect(answer.rows.map((p) => p.id)).toEqual(answer.ids!.slice(0, 20));
      const stored = await database.programs.bulkGet(answer.ids!.slice(0, 20));
      expect(answer.rows).toEqual(stored);
    };
    await expectRowsInOrder(1, 'バイオ', 'relevance');
    // The same programs again in another order, then partly the same ones.
    await expectRowsInOrder(2, 'バイオ', 'name');
    await expectRowsInOrder(3, '', 'name');
    await expectRowsInOrder(4, 'JST', 'relevance');
  });
});
