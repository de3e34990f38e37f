// npm run bench:import — validating and applying synthetic catalog packs of 10,000 and 100,000
// programs into IndexedDB in Chromium, with the app's own reader (readCatalogPack) and writer
// (applyCatalog), beside a baseline in the same page and run: one put per transaction, measured on
// the first 1,000 programs and extrapolated per record.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeCatalogPack } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { openBenchBrowser } from './bench-browser';
import { fmt } from './bench-stats';
import { syntheticPrograms } from './synthetic-catalog';

const SIZES = [10_000, 100_000];
const BASELINE_RECORDS = 1_000;
const PORT = 4176;

const embedded = validateCatalog(readCatalogFiles('data').data);
if (!embedded.ok) throw new Error('invalid catalog in data/');

// The packs and the bundle are served as files by the preview server: a 140 MB body through
// Playwright's request interception would travel over the DevTools protocol and kill the browser.
const BENCH_DIR = 'dist-renderer/__bench';
mkdirSync(BENCH_DIR, { recursive: true });
for (const size of SIZES) {
  const catalog = {
    ...embedded.catalog,
    programs: syntheticPrograms(size),
    meta: { ...embedded.catalog.meta, catalogVersion: '2099.01.01-1' },
  };
  // The synthetic programs replace the real ones; communities refer to no program, so the pack is valid.
  writeFileSync(`${BENCH_DIR}/pack-${size}.json`, await writeCatalogPack(catalog));
}
const bundle = await build({
  entryPoints: ['tests/bench/page-import-entry.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'ImportBench',
  write: false,
  platform: 'browser',
});
writeFileSync(`${BENCH_DIR}/import.js`, bundle.outputFiles[0]!.text);

const { browser, baseURL, close } = await openBenchBrowser(PORT);
const results: Record<number, { seconds: number; perSecond: number; baselinePerSecond: number }> = {};
try {
  const page = await browser.newPage({ baseURL: baseURL });
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.addScriptTag({ url: '/__bench/import.js' });
  // tsx names functions with an __name helper that does not exist in the page.
  await page.evaluate('window.__name = (f) => f');
  console.log(
    `import benchmark in Chromium ${browser.version()}: read + validate + apply a catalog pack into IndexedDB\n`,
  );

  for (const size of SIZES) {
    const figures = await page.evaluate(
      async ({ size, baselineRecords }) => {
        const { readCatalogPack, applyCatalog, NaviDatabase } = (
          window as unknown as { ImportBench: typeof import('./page-import-entry') }
        ).ImportBench;
        const heap = () =>
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
        let peak = heap();
        const bytes = new Uint8Array(await (await fetch(`/__bench/pack-${size}.json`)).arrayBuffer());
        const start = performance.now();
        const read = await readCatalogPack(`pack-${size}.json`, bytes);
        if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
        const validated = performance.now();
        peak = Math.max(peak, heap());
        const database = new NaviDatabase(`bench-import-${size}`);
        let progressEvents = 0;
        await applyCatalog(database, read.catalog, () => {
          progressEvents++;
          peak = Math.max(peak, heap());
        });
        const applied = performance.now();
        const count = await database.programs.count();

        // Baseline: the same records, one put per transaction.
        const baselineDb = new NaviDatabase(`bench-baseline-${size}`);
        const sample = read.catalog.programs.slice(0, baselineRecords);
        const baselineStart = performance.now();
        for (const program of sample) await baselineDb.programs.put(program);
        const baselineMs = performance.now() - baselineStart;
        await database.delete();
        await baselineDb.delete();
        return {
          bytes: bytes.byteLength,
          validateMs: validated - start,
          applyMs: applied - validated,
          count,
          progressEvents,
          peakMb: peak / 1024 / 1024,
          baselineMs,
        };
      },
      { size, baselineRecords: BASELINE_RECORDS },
    );
    if (figures.count !== size) throw new Error(`applied ${figures.count} programs, expected ${size}`);
    const seconds = (figures.validateMs + figures.applyMs) / 1000;
    const perSecond = size / seconds;
    const baselinePerSecond = BASELINE_RECORDS / (figures.baselineMs / 1000);
    results[size] = { seconds, perSecond, baselinePerSecond };
    console.log(
      `${size.toLocaleString('en-US')} programs (${(figures.bytes / 1024 / 1024).toFixed(0)} MB pack)`,
    );
    console.log(
      `  ours:     read + validate ${fmt(figures.validateMs / 1000)} s, apply ${fmt(figures.applyMs / 1000)} s (${figures.progressEvents} progress updates); total ${fmt(seconds)} s, ${Math.round(perSecond).toLocaleString('en-US')} programs/s; JS heap peak ${figures.peakMb.toFixed(0)} MB`,
    );
    console.log(
      `  baseline: one put per transaction, ${BASELINE_RECORDS} programs in ${fmt(figures.baselineMs / 1000)} s: ${Math.round(baselinePerSecond).toLocaleString('en-US')} programs/s (would take ${fmt(size / baselinePerSecond)} s for all, without validation)\n`,
    );
  }
} finally {
  await close();
  rmSync(BENCH_DIR, { recursive: true, force: true });
}
const at10k = results[10_000]!;
const at100k = results[100_000]!;
console.log(
  `import: 10k in ${fmt(at10k.seconds)} s, 100k in ${fmt(at100k.seconds)} s; ${(at100k.perSecond / at100k.baselinePerSecond).toFixed(0)}x the per-record baseline`,
);
