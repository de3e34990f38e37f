import { chromium, type Browser } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../support/chromium';
import { freePort } from '../support/free-port';

/**
 * The built renderer served on a free port and a Chromium to drive it, for the in-browser benchmarks.
 * `local`: the browser is launched by this process instead of connected to over a WebSocket. Over a
 * connection Playwright treats the browser as remote and uploads every file given to `setFiles`
 * through the socket before the page sees it (measured: 4 to 7 s for a 144 MB pack), which is
 * no part of what a user waits for after choosing a file.
 */
export async function openBenchBrowser({ local = false }: { local?: boolean } = {}): Promise<{
  browser: Browser;
  baseURL: string;
  close: () => Promise<void>;
  /** The browser's own process: its renderers are the ones a benchmark may measure. */
  browserPid: number;
}> {
  if (!existsSync('dist-renderer/index.html')) throw new Error('run npm run build:renderer first');
  const port = await freePort();
  const server: PreviewServer = await preview({
    configFile: 'renderer/vite.config.ts',
    preview: { port, host: '127.0.0.1', strictPort: true },
    logLevel: 'warn',
  });
  if (local) {
    const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
    return {
      browser,
      browserPid: launchedBrowserPid(),
      baseURL: `http://127.0.0.1:${port}`,
      close: async () => {
        await browser.close();
        await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      },
    };
  }
  const browserServer = await chromium.launchServer({
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
  });
  const browser = await chromium.connect(browserServer.wsEndpoint());
  return {
    browser,
    browserPid: browserServer.process().pid!,
    baseURL: `http://127.0.0.1:${port}`,
    close: async () => {
      await browser.close();
      await browserServer.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** The Chromium browser process this process launched (launch() does not say): its child without a --type. */
function launchedBrowserPid(): number {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const parent = readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ')[1];
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (Number(parent) === process.pid && command.includes('chrom') && !command.includes('--type='))
        return Number(pid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  throw new Error('the launched Chromium was not found among this process’s children');
}
