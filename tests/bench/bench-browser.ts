import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../support/chromium';
import { freePort } from '../support/free-port';

/** The built renderer served on a free port and a Chromium to drive it, for the in-browser benchmarks. */
export async function openBenchBrowser(): Promise<{
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
