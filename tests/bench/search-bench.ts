// npm run bench:search — our search against plain Fuse.js over the same fields, in one run.
// Prints index build and cached-load time, per-keystroke p50/p95/max and heap per catalog size,
// recall@3 and MRR of the golden queries (every record kind, real catalog) for ours and the
// baseline, and a closing summary line.
import type Fuse from 'fuse.js';
import type { Program } from '../../shared/catalog/program';
import { validateCatalog } from '../../shared/catalog/validate';
import {
  CatalogSearchIndex,
  OtherRecordsIndex,
  otherRecords,
  recordRef,
} from '../../shared/search/catalog-search';
import { ProgramSearchIndex } from '../../shared/search/program-search';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { baselineCatalogSearch, baselineFuse } from './baseline-fuse';
import { fmt, median, stats, time, type Stats } from './bench-stats';
import { GOLDEN_QUERIES, scoreGolden } from './golden-queries';
import { BENCH_QUERIES, syntheticPrograms, typedPrefixes } from './synthetic-catalog';

const SIZES = [1_000, 10_000, 100_000];
/** Plain Fuse at 100k takes seconds a keystroke: it is measured on a fixed sample of keystrokes. */
const BASELINE_KEYSTROKES_AT = (size: number) => (size >= 100_000 ? 12 : Infinity);

/** Our typing is replayed this many times per size; the baseline, at seconds a keystroke, once. */
const REPEATS = 3;

const keystrokes = BENCH_QUERIES.flatMap((q) => typedPrefixes(q.text));

function gc() {
  (globalThis as { gc?: () => void }).gc?.();
}
const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;

const results: Record<number, { ours: Stats; base: Stats }> = {};
console.log(
  `search benchmark: ${keystrokes.length} keystrokes from ${BENCH_QUERIES.length} queries (${BENCH_QUERIES.map((q) => q.kind).join(', ')})`,
);
console.log(
  `node ${process.version}, ${globalThis.gc ? 'gc exposed' : 'gc not exposed: heap figures are rough'}\n`,
);

for (const size of SIZES) {
  const programs = syntheticPrograms(size);
  gc();
  const heapBefore = heapMb();
  let index!: ProgramSearchIndex;
  const buildOurs = time(() => (index = ProgramSearchIndex.build(programs)));
  gc();
  const heapOurs = heapMb() - heapBefore;
  // What a later start does instead of building: the kept index, cloned as IndexedDB would.
  let loaded!: ProgramSearchIndex;
  const snapshot = structuredClone(index.snapshot());
  const loadOurs = time(() => (loaded = ProgramSearchIndex.fromSnapshot(snapshot)));
  // The typing is replayed on REPEATS fresh indexes (cold caches each time) and each keystroke's
  // median is kept: one garbage collection landing on a keystroke should not decide the p95.
  const runs = [keystrokes.map((query) => time(() => index.search({ query })))];
  runs.push(keystrokes.map((query) => time(() => loaded.search({ query }))));
  for (let r = 2; r < REPEATS; r++) {
    const fresh = ProgramSearchIndex.build(programs);
    runs.push(keystrokes.map((query) => time(() => fresh.search({ query }))));
  }
  const ours = keystrokes.map((_, k) => median(runs.map((run) => run[k]!)));

  let fuse!: Fuse<Program>;
  const buildBase = time(() => (fuse = baselineFuse(programs)));
  gc();
  const heapBase = heapMb() - heapBefore - heapOurs;
  const sample = keystrokes.slice(0, BASELINE_KEYSTROKES_AT(size));
  const base = sample.map((query) => time(() => fuse.search(query)));

  results[size] = { ours: stats(ours), base: stats(base) };
  const o = results[size].ours;
  const b = results[size].base;
  console.log(`${size.toLocaleString('en-US')} programs`);
  console.log(
    `  ours:     build ${fmt(buildOurs)} ms (kept index loads in ${fmt(loadOurs)} ms), per keystroke p50 ${fmt(o.p50)} / p95 ${fmt(o.p95)} / max ${fmt(o.max)} ms (${o.n} keystrokes, median of ${REPEATS} runs), heap +${heapOurs.toFixed(0)} MB`,
  );
  console.log(
    `  baseline: build ${fmt(buildBase)} ms, per keystroke p50 ${fmt(b.p50)} / p95 ${fmt(b.p95)} / max ${fmt(b.max)} ms (${b.n} keystrokes${b.n < o.n ? ', sampled' : ''}), heap +${heapBase.toFixed(0)} MB`,
  );
  console.log(`  speed-up at p95: ${(b.p95 / o.p95).toFixed(0)}x\n`);
}

const catalog = validateCatalog(readCatalogFiles('data').data);
if (!catalog.ok) throw new Error('invalid catalog');
const real = catalog.catalog;
const realIndex = new CatalogSearchIndex(
  ProgramSearchIndex.build(real.programs),
  new OtherRecordsIndex(otherRecords(real)),
);
const ours = scoreGolden((query) =>
  realIndex.search(query, 1_000).ranked.map((r) => recordRef(realIndex, r)),
);
const base = scoreGolden(baselineCatalogSearch(real));
console.log(
  `golden queries: ${GOLDEN_QUERIES.length} over programs, schemes, communities and market domains (real catalog)`,
);
for (const [kind, { hits, total }] of ours.byKind) {
  const b = base.byKind.get(kind)!;
  console.log(`  ${kind.padEnd(18)} ours ${hits}/${total}  baseline ${b.hits}/${b.total}`);
}
for (const miss of ours.misses) console.log(`  ours MISSES ${miss.kind}: ${miss.query}`);
console.log(
  `recall@3: ours ${ours.recall.toFixed(2)}, baseline ${base.recall.toFixed(2)}; MRR: ours ${ours.mrr.toFixed(2)}, baseline ${base.mrr.toFixed(2)}\n`,
);

const at10k = results[10_000]!;
const at100k = results[100_000]!;
console.log(
  `search: p95 ${fmt(at10k.ours.p95)} ms at 10k, ${fmt(at100k.ours.p95)} ms at 100k; ${(at10k.base.p95 / at10k.ours.p95).toFixed(0)}x faster than baseline at 10k; ${GOLDEN_QUERIES.length} golden queries recall@3 ${ours.recall.toFixed(2)} vs ${base.recall.toFixed(2)}, MRR ${ours.mrr.toFixed(2)} vs ${base.mrr.toFixed(2)}`,
);
