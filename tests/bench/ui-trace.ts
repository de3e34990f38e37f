/** Reading a Chromium trace for the in-browser benchmarks: what the page's UI thread did. */
import type { Browser, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The page's first task after tracing starts carries the tracer's own start (measured: a 14 ms
 * task holding no app work, at the start of every trace): the measured work begins this much later.
 */
const TRACE_SETTLE_MS = 300;

/** Starts a Chromium trace of the page's UI thread, settled before the measured work begins. */
export async function startUiTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.waitForTimeout(TRACE_SETTLE_MS);
}

let traceCount = 0;

/**
 * Stops the trace and returns the tasks the page's UI thread ran meanwhile. With BENCH_TRACE_DIR
 * set, the trace is also written there, to open in DevTools' Performance panel and see a long task.
 */
export async function stopUiTrace(browser: Browser): Promise<UiTask[]> {
  const trace = await browser.stopTracing();
  const dir = process.env.BENCH_TRACE_DIR;
  if (dir) writeFileSync(join(dir, `trace-${++traceCount}.json`), trace);
  return uiThreadTasks(trace);
}

/** What a long task's time can go to, in a Chromium trace. */
const TASK_PARTS = [
  'Layout',
  'Paint',
  'UpdateLayoutTree',
  'FunctionCall',
  'EventDispatch',
  'MajorGC',
  'MinorGC',
];

export interface UiTask {
  ms: number;
  /** What took most of a long task's time (Layout, FunctionCall, MajorGC, …). */
  mostly: string;
}

/**
 * The tasks the page's main (UI) thread ran, from a Chromium trace: duration, and what took most
 * of it (Layout, FunctionCall, MajorGC, …), to say where the long ones went.
 */
function uiThreadTasks(trace: Buffer): UiTask[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && e.dur && mainThreads.has(`${e.pid}:${e.tid}`));
  return onMain
    .filter((e) => e.name === 'RunTask')
    .map((task) => {
      const end = task.ts + task.dur!;
      let mostly = { name: 'other', dur: 0 };
      if (task.dur! > 16_000) {
        for (const e of onMain) {
          if (e.ts >= task.ts && e.ts + e.dur! <= end && TASK_PARTS.includes(e.name) && e.dur! > mostly.dur)
            mostly = { name: e.name, dur: e.dur! };
        }
      }
      return { ms: task.dur! / 1000, mostly: mostly.name };
    });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** "3 (mostly Layout 2, Paint 1)": how many tasks took over 16 ms, and what they were doing. */
export function describeLongTasks(tasks: UiTask[]): string {
  const long = tasks.filter((t) => t.ms > 16);
  if (long.length === 0) return '0';
  const kinds = new Map<string, number>();
  for (const t of long) kinds.set(t.mostly, (kinds.get(t.mostly) ?? 0) + 1);
  return `${long.length} (mostly ${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')})`;
}
