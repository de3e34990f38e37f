// npm run bench:import — loading synthetic catalog packs of 10,000 and 100,000 programs through
// the app's own カタログ更新 page in Chromium (choose the file, wait for the checked preview, apply,
// wait for "applied"), then 100,000 again over the installed 100,000 (the transaction also keeps
// the old catalog for undo). Three rounds, each in a fresh browser context (a fresh database);
// the median round is reported. While the page works it records every UI-thread task over 50 ms
// (Long Tasks API) and, from Node, the peak memory of the page's renderer process (renderer-memory.ts). The baseline, in the same
// run: one put per transaction, measured on the first 1,000 programs. The packs are signed with a
// key made for the run, which the page trusts as a key the user added, so every figure includes
// verifying the signature and the SHA-256 of the catalog bytes. The third case installs the same
// programs under a new version (what the issue measured); in the fourth every program differs
// from the installed one (the worst case for the diff and the write).
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTestKey, signedPack } from '../support/test-keys';
import { validateCatalog } from '../../shared/catalog/validate';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { openBenchBrowser } from './bench-browser';
import { fmt } from './bench-stats';
import { pageRendererPid, processMemory, sampleMemory } from './renderer-memory';
import { syntheticPrograms } from './synthetic-catalog';

const RUNS = [
  { label: '10,000', size: 10_000, version: '2099.01.01-1', revised: false },
  { label: '100,000', size: 100_000, version: '2099.01.01-2', revised: false },
  {
    label: '100,000 over the same 100,000 (a new version)',
    size: 100_000,
    version: '2099.01.01-3',
    revised: false,
  },
  {
    label: '100,000 over 100,000, every program changed',
    size: 100_000,
    version: '2099.01.01-4',
    revised: true,
  },
];
const BASELINE_RECORDS = 1_000;
const ROUNDS = 3;

const embedded = validateCatalog(readCatalogFiles('data').data);
if (!embedded.ok) throw new Error('invalid catalog in data/');

const BENCH_DIR = 'dist-renderer/__bench';
mkdirSync(BENCH_DIR, { recursive: true });
const packPath = (version: string) => path.resolve(BENCH_DIR, `pack-${version}.json`);
const key = await makeTestKey('ベンチマーク用の鍵');
for (const run of RUNS) {
  const programs = syntheticPrograms(run.size).map((p) =>
    run.revised ? { ...p, summary: `${p.summary ?? ''}（改訂）` } : p,
  );
  const catalog = {
    ...embedded.catalog,
    programs,
    meta: { ...embedded.catalog.meta, catalogVersion: run.version },
  };
  // The synthetic programs replace the real ones; communities refer to no program, so the pack is valid.
  writeFileSync(packPath(run.version), await signedPack(catalog, key));
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

interface Figures {
  checkMs: number;
  applyMs: number;
  longTasks: number[];
  progressSeen: number;
  /** The page's renderer process (the page and its workers) when the import began, and at its peak. */
  beforeMb: { pssMb: number; rssMb: number };
  peakMb: { pssMb: number; rssMb: number; allRenderersRssMb: number };
}

type Result = Figures & { label: string; size: number; bytes: number; seconds: number };

async function importThroughThePage(
  page: Page,
  run: (typeof RUNS)[number],
  browser: Browser,
  browserPid: number,
): Promise<Result> {
  // Found before the long-task observer starts: tracing is no part of the import.
  const pagePid = await pageRendererPid(browser, page);
  const before = processMemory(pagePid)!;
  // tsx names functions with an __name helper that does not exist in the page.
  await page.evaluate('window.__name = (f) => f');
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; progressSeen: Set<string> };
    w.longTasks = [];
    w.progressSeen = new Set();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    // The progress text as the user sees it, sampled every frame.
    const sample = () => {
      const text = document.querySelector('[role="status"] progress')?.parentElement?.textContent;
      if (text) w.progressSeen.add(text);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const sampler = sampleMemory(pagePid, browserPid);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'カタログファイルを選ぶ' }).click();
  const started = performance.now();
  await (await chooser).setFiles(packPath(run.version));
  const apply = page.getByRole('button', { name: 'この更新を適用する' });
  await apply.waitFor({ timeout: 600_000 });
  const checked = performance.now();
  await apply.click();
  await page
    .getByRole('status')
    .filter({ hasText: `カタログ ${run.version} を適用しました。` })
    .waitFor({ timeout: 600_000 });
  const applied = performance.now();
  const peakMb = sampler.stop();
  const inPage = await page.evaluate(async () => {
    const w = window as unknown as { longTasks: number[]; progressSeen: Set<string> };
    const seen = { longTasks: [...w.longTasks], progressSeen: w.progressSeen.size };
    // Proof that the observer works here: a deliberate 80 ms task must be reported.
    setTimeout(() => {
      const start = performance.now();
      while (performance.now() - start < 80);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (w.longTasks.length === seen.longTasks.length) throw new Error('the long-task observer saw nothing');
    return seen;
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'カタログの更新' }).waitFor();
  return {
    ...run,
    bytes: readFileSync(packPath(run.version)).byteLength,
    checkMs: checked - started,
    applyMs: applied - checked,
    seconds: (applied - started) / 1000,
    longTasks: inPage.longTasks,
    progressSeen: inPage.progressSeen,
    beforeMb: before,
    peakMb,
  };
}

const { browser, baseURL, close, browserPid } = await openBenchBrowser({ local: true });
const rounds: Result[][] = [];
let baselinePerSecond = 0;
try {
  console.log(
    `import benchmark in Chromium ${browser.version()}: choose a pack on the カタログ更新 page, check it, apply it; ${ROUNDS} rounds\n`,
  );
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ baseURL });
    // The run's key, as a user adds a publisher's key on the page (a user setting in localStorage).
    await context.addInitScript(
      (publicKey) => localStorage.setItem('shien-navi.publisherKeys', JSON.stringify([publicKey])),
      key.publicKey,
    );
    const page = await context.newPage();
    await page.goto('/#/catalog-update');
    await page.getByRole('heading', { level: 1, name: 'カタログの更新' }).waitFor();
    const results: Result[] = [];
    for (const run of RUNS) results.push(await importThroughThePage(page, run, browser, browserPid));
    console.log(`round ${round + 1}: ${results.map((r) => `${r.label} ${fmt(r.seconds)} s`).join(', ')}`);
    rounds.push(results);
    if (round === ROUNDS - 1) {
      await page.addScriptTag({ url: '/__bench/import.js' });
      await page.evaluate('window.__name = (f) => f');
      const baselineMs = await page.evaluate(
        async ({ url, records }) => {
          const { NaviDatabase } = (
            window as unknown as { ImportBench: typeof import('./page-import-entry') }
          ).ImportBench;
          const pack = (await (await fetch(url)).json()) as { catalog: { programs: { id: string }[] } };
          const sample = pack.catalog.programs.slice(0, records);
          const database = new NaviDatabase('bench-baseline');
          const start = performance.now();
          for (const program of sample) await database.programs.put(program as never);
          const ms = performance.now() - start;
          await database.delete();
          return ms;
        },
        { url: `/__bench/pack-${RUNS[0]!.version}.json`, records: BASELINE_RECORDS },
      );
      baselinePerSecond = BASELINE_RECORDS / (baselineMs / 1000);
    }
    await context.close();
  }
} finally {
  await close();
  rmSync(BENCH_DIR, { recursive: true, force: true });
}

/** The median round for each pack, by total time. */
const median = RUNS.map(
  (_, i) => rounds.map((r) => r[i]!).sort((a, b) => a.seconds - b.seconds)[Math.floor(ROUNDS / 2)]!,
);
const allLongTasks = rounds.flat().flatMap((r) => r.longTasks);
console.log('');
for (const r of median) {
  const over = (ms: number) => r.longTasks.filter((d) => d > ms).length;
  console.log(`${r.label} programs (${(r.bytes / 1024 / 1024).toFixed(0)} MB pack), median round`);
  console.log(
    `  ours:     read + check + preview ${fmt(r.checkMs / 1000)} s, apply ${fmt(r.applyMs / 1000)} s; total ${fmt(r.seconds)} s, ${Math.round(r.size / r.seconds).toLocaleString('en-US')} programs/s`,
  );
  const range = (pick: (x: Result) => number) => {
    const values = rounds.map((round) => pick(round[median.indexOf(r)]!));
    return `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  };
  console.log(
    `  page's renderer process (page + its workers): PSS ${r.beforeMb.pssMb.toFixed(0)} MB before, peak ${r.peakMb.pssMb.toFixed(0)} MB (rounds ${range((x) => x.peakMb.pssMb)}); RSS ${r.beforeMb.rssMb.toFixed(0)} MB before, peak ${r.peakMb.rssMb.toFixed(0)} MB`,
  );
  console.log(
    `  old measure, VmRSS summed over all our renderer processes (spare and browser-UI renderers, shared pages counted in each): peak ${r.peakMb.allRenderersRssMb.toFixed(0)} MB`,
  );
  console.log(
    `  UI thread meanwhile: ${r.longTasks.length} tasks over 50 ms (${over(100)} over 100 ms), longest ${fmt(Math.max(0, ...r.longTasks))} ms; ${r.progressSeen} distinct progress texts drawn`,
  );
  console.log(
    `  baseline: one put per transaction, ${Math.round(baselinePerSecond).toLocaleString('en-US')} programs/s (would take ${fmt(r.size / baselinePerSecond)} s for all, without any check)\n`,
  );
}
const [at10k, at100k, over, overChanged] = median as [Result, Result, Result, Result];
console.log(
  `import: 10k in ${fmt(at10k.seconds)} s, 100k in ${fmt(at100k.seconds)} s, 100k over 100k ${fmt(over.seconds)} s, every program changed ${fmt(overChanged.seconds)} s; renderer memory peak ${Math.max(...median.map((r) => r.peakMb.pssMb)).toFixed(0)} MB PSS (RSS ${Math.max(...median.map((r) => r.peakMb.rssMb)).toFixed(0)} MB; old measure ${Math.max(...median.map((r) => r.peakMb.allRenderersRssMb)).toFixed(0)} MB); ${(at100k.size / at100k.seconds / baselinePerSecond).toFixed(0)}x the per-record baseline; longest UI-thread task in all rounds ${fmt(Math.max(0, ...allLongTasks))} ms`,
);
