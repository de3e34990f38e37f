import type { Program } from '../../../../shared/catalog/program';
import { errorMessage } from '../../../../shared/error-message';
import {
  CatalogSearchIndex,
  OtherRecordsIndex,
  otherRecords,
} from '../../../../shared/search/catalog-search';
import { ProgramIndexBuilder, ProgramSearchIndex } from '../../../../shared/search/program-search';
import { parseQuery, type QueryTerm } from '../../../../shared/search/query';
import { answerCatalogSearch, answerSearch } from '../../../../shared/search/search-answer';
import type { FromSearchWorker, ToSearchWorker } from '../../../../shared/search/search-protocol';
import { Lexicon, suggestionsFor } from '../../../../shared/search/suggestions';
import { expansionWords, vocabularyWords } from '../../../../shared/search/vocabulary';
import type { NaviDatabase } from '../../db/db';
import type { SearchCacheDatabase } from './search-cache';

/** Programs of recent replies kept in the worker (a page of rows is 50). */
const RECENT_ROWS = 500;
/** Programs read per IndexedDB request when the index is built: a national catalog in slices. */
const CHUNK = 5_000;
/** After a search that found nothing, suggestions wait this long for the next keystroke. */
const SUGGESTION_DELAY_MS = 150;
/** The worker finds the vocabulary's words ahead only after this long without a request. */
const AHEAD_IDLE_MS = 300;
/** And before that, once, rehearses typing so its search code is compiled for the first keystroke. */
const REHEARSAL_IDLE_MS = 50;
/** One slice of finding ahead: the worker answers a request that comes meanwhile after it. */
const AHEAD_SLICE_MS = 8;

interface Engine {
  catalog: CatalogSearchIndex;
  lexicon: Lexicon;
  /** Puts off finding the vocabulary's words ahead until the worker is idle again. */
  findAhead: () => void;
}

export interface SearchServiceOptions {
  /** Identifies the index layout (the worker passes its own script URL): another one rebuilds. */
  format: string;
  /** Leaves time for the first searches before the cache is written (a long structured clone). */
  saveDelayMs?: number;
  /** Programs read per IndexedDB request while building. */
  chunk?: number;
  /** Idle time before the vocabulary's words are found ahead. */
  aheadIdleMs?: number;
}

/**
 * The search worker's work, apart from the worker itself so it runs in Node tests: load the
 * program index from the cache or build it from IndexedDB in slices (and cache it), read the
 * other record kinds, and answer searches with the rows to show, read from IndexedDB by id.
 */
export function createSearchService(
  db: NaviDatabase,
  cache: SearchCacheDatabase,
  post: (message: FromSearchWorker) => void,
  { format, saveDelayMs = 1_000, chunk = CHUNK, aheadIdleMs = AHEAD_IDLE_MS }: SearchServiceOptions,
) {
  let engine: Promise<Engine> | null = null;
  let latest = 0;
  let aheadTimer: ReturnType<typeof setTimeout> | undefined;
  const aheadWords = expansionWords();

  /**
   * Once the worker has had no request for a moment: the hits of every word the vocabulary can
   * expand a query with, a slice at a time, then the index is kept again with them. A keystroke
   * that completes such a word then reads its hits instead of scanning the catalog per near word.
   * Each request puts this off again, so it never competes with typing.
   */
  function findAheadWhenIdle(programs: ProgramSearchIndex, keep: () => void): () => void {
    let added = false;
    let rehearsed = false;
    const step = () => {
      if (!rehearsed) {
        rehearsed = true;
        rehearseTyping(programs, aheadWords);
        aheadTimer = setTimeout(step, aheadIdleMs - REHEARSAL_IDLE_MS);
        return;
      }
      const started = performance.now();
      let more = true;
      while (more && performance.now() - started < AHEAD_SLICE_MS) {
        more = programs.findAhead(aheadWords);
        added ||= more;
      }
      if (more) aheadTimer = setTimeout(step, 0);
      else if (added) {
        added = false;
        keep();
      }
    };
    return () => {
      clearTimeout(aheadTimer);
      aheadTimer = setTimeout(step, rehearsed ? aheadIdleMs : Math.min(aheadIdleMs, REHEARSAL_IDLE_MS));
    };
  }

  // The rows of recent replies: the next keystroke's first page is mostly the same programs.
  const recentRows = new Map<string, Program>();
  const loadPrograms = async (ids: string[]): Promise<Program[]> => {
    const missing = ids.filter((id) => !recentRows.has(id));
    const read = missing.length ? await db.programs.bulkGet(missing) : [];
    read.forEach((program) => program && recentRows.set(program.id, program));
    const rows = ids.flatMap((id) => {
      const program = recentRows.get(id);
      if (!program) return [];
      recentRows.delete(id);
      recentRows.set(id, program);
      return [program];
    });
    for (const id of recentRows.keys()) {
      if (recentRows.size <= RECENT_ROWS) break;
      recentRows.delete(id);
    }
    return rows;
  };

  async function start(): Promise<Engine> {
    const started = performance.now();
    const meta = await db.meta.get('catalog');
    const catalogKey = `${meta?.catalogVersion ?? 'none'}@${meta?.loadedAt ?? ''}#${format}`;
    const kept = await keptIndex(cache, catalogKey);
    const programs = kept.index ?? (await buildProgramIndex(db, chunk));
    if (!kept.index) setTimeout(() => void keepIndex(db, cache, programs, catalogKey), saveDelayMs);
    const keepAgain = () =>
      void keepIndex(db, cache, programs, catalogKey).then((kept) =>
        post({ type: 'ahead', words: aheadWords.length, kept }),
      );
    const [frameworks, communities, marketDomains] = await Promise.all([
      db.frameworks.toArray(),
      db.communities.toArray(),
      db.marketDomains.toArray(),
    ]);
    const others = new OtherRecordsIndex(otherRecords({ frameworks, communities, marketDomains }));
    const catalog = new CatalogSearchIndex(programs, others);
    const lexicon = new Lexicon([
      ...vocabularyWords().map((w) => w.display),
      ...programs.labels(),
      ...others.labels(),
    ]);
    post({
      type: 'indexed',
      programs: programs.size,
      ...(kept.index ? { source: 'cache' } : { source: 'built', why: kept.why }),
      ms: performance.now() - started,
    });
    const findAhead = findAheadWhenIdle(programs, keepAgain);
    findAhead();
    return { catalog, lexicon, findAhead };
  }

  /**
   * After a search that found nothing, unless another came meanwhile: what to try instead.
   * `count` counts what a query would find where the search ran (catalog, or filtered programs).
   */
  function suggestLater(
    id: number,
    query: string,
    lexicon: Lexicon,
    count: (query: string) => number,
    countTerm: (term: QueryTerm) => number,
  ) {
    setTimeout(() => {
      if (id !== latest) return;
      const suggestions = suggestionsFor(query, parseQuery(query), lexicon, count, countTerm);
      post({ type: 'suggestions', id, query, suggestions });
    }, SUGGESTION_DELAY_MS);
  }

  return async function handle(message: ToSearchWorker): Promise<void> {
    if (message.type === 'index') {
      recentRows.clear();
      engine = start();
      engine.catch((error: unknown) => post({ type: 'failed', message: errorMessage(error) }));
      return;
    }
    const wantsLatest = message.type === 'everything' || !message.allIds;
    if (wantsLatest) latest = message.id;
    try {
      if (!engine) throw new Error('search requested before the catalog was indexed');
      const ready = await engine;
      ready.findAhead();
      // While the catalog was loading the user may have typed on: answer only the newest request.
      if (wantsLatest && message.id !== latest) return;
      if (message.type === 'everything') {
        const reply = await answerCatalogSearch(
          ready.catalog,
          message.id,
          message.query,
          message.perKind,
          loadPrograms,
        );
        post(reply);
        const { catalog, lexicon } = ready;
        if (message.query.trim() && reply.groups.every((g) => g.total === 0))
          suggestLater(
            message.id,
            message.query,
            lexicon,
            (query) => catalog.count(query),
            (term) => catalog.countTerm(term),
          );
        return;
      }
      const reply = await answerSearch(
        ready.catalog.programs,
        message.id,
        message.request,
        message.limit,
        loadPrograms,
        message.allIds,
      );
      post(reply);
      const { programs } = ready.catalog;
      const { query, filters } = message.request;
      if (!message.allIds && query.trim() && reply.unfiltered === 0)
        suggestLater(
          message.id,
          query,
          ready.lexicon,
          // Counted with the list's filters: the suggestion keeps them.
          (q) => programs.search({ query: q, filters }).total,
          (term) => programs.countTerm(term),
        );
    } catch (error) {
      post({ type: 'failed', message: errorMessage(error) });
    }
  };
}

/**
 * Searches as typing does (one letter, then two), so that the first real keystroke after a start
 * runs compiled code: in a fresh worker the first search of 100,000 programs took three times as
 * long as the same search a moment later.
 */
function rehearseTyping(programs: ProgramSearchIndex, words: readonly string[]) {
  const word = words.find((w) => w.length >= 2) ?? 'ab';
  for (const query of [word.slice(0, 1), word.slice(0, 2), `${word.slice(0, 2)} ${word.slice(0, 1)}`])
    programs.search({ query });
}

/** The index kept for this catalog and index format, or why there is none to use. */
async function keptIndex(
  cache: SearchCacheDatabase,
  catalogKey: string,
): Promise<{ index: ProgramSearchIndex; why?: undefined } | { index?: undefined; why: string }> {
  try {
    const kept = await cache.snapshots.get('programs');
    if (!kept) return { why: 'none kept' };
    if (kept.catalogKey !== catalogKey) return { why: `kept for ${kept.catalogKey}` };
    return { index: ProgramSearchIndex.fromSnapshot(kept.snapshot) };
  } catch (error) {
    // A cache: unreadable means rebuilt, never a failed search.
    return { why: `unreadable: ${errorMessage(error)}` };
  }
}

/** Reads the programs in slices by id (the next slice requested before this one is indexed). */
async function buildProgramIndex(db: NaviDatabase, chunk: number): Promise<ProgramSearchIndex> {
  const builder = new ProgramIndexBuilder();
  const slice = (after: string | null): Promise<Program[]> =>
    (after === null ? db.programs.orderBy(':id') : db.programs.where(':id').above(after))
      .limit(chunk)
      .toArray();
  let next = slice(null);
  for (;;) {
    const programs = await next;
    if (programs.length === 0) break;
    next = programs.length === chunk ? slice(programs.at(-1)!.id) : Promise.resolve([]);
    builder.add(programs);
  }
  return builder.finish();
}

/** Keeps the built index for the next start, unless the catalog changed meanwhile; whether it did. */
async function keepIndex(
  db: NaviDatabase,
  cache: SearchCacheDatabase,
  programs: ProgramSearchIndex,
  catalogKey: string,
): Promise<boolean> {
  try {
    const meta = await db.meta.get('catalog');
    if (!catalogKey.startsWith(`${meta?.catalogVersion ?? 'none'}@${meta?.loadedAt ?? ''}#`)) return false;
    await cache.snapshots.put({
      key: 'programs',
      catalogKey,
      snapshot: programs.snapshot(),
      savedAt: new Date().toISOString(),
    });
    return true;
  } catch {
    // A cache: when it cannot be written (storage full, private mode), the next start rebuilds.
    return false;
  }
}
