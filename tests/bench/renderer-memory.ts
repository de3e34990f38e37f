// The memory of the renderer process that hosts a page, as the import benchmark judges it.
//
// Headless Chromium runs more than one renderer: besides the page's own (which also runs the page's
// dedicated workers), a `--top-chrome-webui` renderer for the browser's own UI and a spare renderer
// kept ready for the next navigation. Neither exists in the Electron app, which has one renderer
// process per window. And summing resident memory (VmRSS) over processes counts every shared page
// (Chromium's code, the mmapped CJK fonts, the V8 snapshot) once per process. So the figure judged
// is the PSS of the page's process (proportional set size: each shared page divided among the
// processes that map it), with its RSS beside it, and the old sum for comparison.
import type { Browser, Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * The OS process id of the renderer hosting `page`'s main frame. Chromium names it in the first
 * event of a trace (TracingStartedInBrowser: every frame with its processId); no other CDP call
 * maps a page to a process.
 */
export async function pageRendererPid(browser: Browser, page: Page): Promise<number> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: { name: string; args?: { data?: { frames?: { processId: number; url: string }[] } } }[];
  };
  const frames = trace.traceEvents.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames;
  const pid = frames?.find((f) => f.url === page.url())?.processId ?? frames?.[0]?.processId;
  if (!pid) throw new Error('the trace did not name the page’s renderer process');
  return pid;
}

export interface ProcessMemory {
  /** Proportional set size: the process's private pages plus its share of pages mapped by others. */
  pssMb: number;
  /** Resident set size: every page it maps counted whole, shared or not. */
  rssMb: number;
}

/** PSS and RSS of one process, from /proc/<pid>/smaps_rollup; null once the process has ended. */
export function processMemory(pid: number): ProcessMemory | null {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
    return { pssMb: kb('Pss') / 1024, rssMb: kb('Rss') / 1024 };
  } catch {
    return null;
  }
}

/** Whether `pid` descends from our browser: other Chromiums on a shared machine are not ours to count. */
function descendsFrom(pid: string, ancestor: number): boolean {
  for (let current = pid, hops = 0; current !== '0' && current !== '1' && hops < 20; hops++) {
    if (Number(current) === ancestor) return true;
    current = readFileSync(`/proc/${current}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ')[1]!;
  }
  return false;
}

/** The measure used before: VmRSS summed over every renderer process of our browser. */
export function allRenderersRssMb(browserPid: number): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      if (!descendsFrom(pid, browserPid)) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}

/** Samples a page's renderer (PSS, RSS) and the old measure every `everyMs`, keeping the peaks. */
export function sampleMemory(pagePid: number, browserPid: number, everyMs = 200) {
  const peak = { pssMb: 0, rssMb: 0, allRenderersRssMb: 0 };
  const sample = () => {
    const own = processMemory(pagePid);
    if (own) {
      peak.pssMb = Math.max(peak.pssMb, own.pssMb);
      peak.rssMb = Math.max(peak.rssMb, own.rssMb);
    }
    peak.allRenderersRssMb = Math.max(peak.allRenderersRssMb, allRenderersRssMb(browserPid));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    /** The peaks so far, after one last sample. */
    stop: () => {
      clearInterval(timer);
      sample();
      return { ...peak };
    },
  };
}
