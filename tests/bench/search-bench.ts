// npm run bench:search — our search against plain Fuse.js over the same fields, in one run.
// Prints index build time, per-keystroke p50/p95/max and heap per catalog size, recall@3 of the
// golden queries on the real catalog, and a closing summary line.
import type Fuse from 'fuse.js';
import type { Program } from '../../shared/catalog/program';
import { validateCatalog } from '../../shared/catalog/validate';
import { ProgramSearchIndex } from '../../shared/search/program-search';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { baselineFuse } from './baseline-fuse';
import { fmt, stats, time, type Stats } from './bench-stats';
import { GOLDEN_QUERIES, hitAt3 } from './golden-queries';
import { BENCH_QUERIES, syntheticPrograms, typedPrefixes } from './synthetic-catalog';

const SIZES = [1_000, 10_000, 100_000];
/** Plain Fuse at 100k takes seconds a keystroke: it is measured on a fixed sample of keystrokes. */
const BASELINE_KEYSTROKES_AT = (size: number) => (size >= 100_000 ? 12 : Infinity);

/** Our typing is replayed this many times per size; the baseline, at seconds a keystroke, once. */
const REPEATS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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
  const buildOurs = time(() => (index = new ProgramSearchIndex(programs)));
  gc();
  const heapOurs = heapMb() - heapBefore;
  // The typing is replayed on REPEATS fresh indexes (cold caches each time) and each keystroke's
  // median is kept: one garbage collection landing on a keystroke should not decide the p95.
  const runs = [keystrokes.map((query) => time(() => index.search({ query })))];
  for (let r = 1; r < REPEATS; r++) {
    const fresh = new ProgramSearchIndex(programs);
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
    `  ours:     build ${fmt(buildOurs)} ms, per keystroke p50 ${fmt(o.p50)} / p95 ${fmt(o.p95)} / max ${fmt(o.max)} ms (${o.n} keystrokes, median of ${REPEATS} runs), heap +${heapOurs.toFixed(0)} MB`,
  );
  console.log(
    `  baseline: build ${fmt(buildBase)} ms, per keystroke p50 ${fmt(b.p50)} / p95 ${fmt(b.p95)} / max ${fmt(b.max)} ms (${b.n} keystrokes${b.n < o.n ? ', sampled' : ''}), heap +${heapBase.toFixed(0)} MB`,
  );
  console.log(`  speed-up at p95: ${(b.p95 / o.p95).toFixed(0)}x\n`);
}

const catalog = validateCatalog(readCatalogFiles('data').data);
if (!catalog.ok) throw new Error('invalid catalog');
const real = catalog.catalog.programs;
const realIndex = new ProgramSearchIndex(real);
const realFuse = baselineFuse(real);
let oursHits = 0;
let baseHits = 0;
for (const golden of GOLDEN_QUERIES) {
  const oursTop = Array.from(realIndex.search({ query: golden.query }).order.slice(0, 3), (i) => real[i]!.id);
  const baseTop = realFuse
    .search(golden.query)
    .slice(0, 3)
    .map((r) => r.item.id);
  const o = hitAt3(oursTop, golden);
  const b = hitAt3(baseTop, golden);
  oursHits += Number(o);
  baseHits += Number(b);
  if (!o || !b)
    console.log(
      `  golden ${golden.kind.padEnd(22)} ${golden.query.padEnd(16)} ours ${o ? 'hit ' : 'MISS'} baseline ${b ? 'hit' : 'miss'}`,
    );
}
const recallOurs = oursHits / GOLDEN_QUERIES.length;
const recallBase = baseHits / GOLDEN_QUERIES.length;
console.log(
  `recall@3 on ${GOLDEN_QUERIES.length} golden queries (real catalog): ours ${recallOurs.toFixed(2)}, baseline ${recallBase.toFixed(2)}\n`,
);

const at10k = results[10_000]!;
const at100k = results[100_000]!;
console.log(
  `search: p95 ${fmt(at10k.ours.p95)} ms at 10k, ${fmt(at100k.ours.p95)} ms at 100k; ${(at10k.base.p95 / at10k.ours.p95).toFixed(0)}x faster than baseline at 10k; recall@3 ${recallOurs.toFixed(2)} vs ${recallBase.toFixed(2)}`,
);
