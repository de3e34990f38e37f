import { test as base, expect, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = 'screenshots';

export interface GuardOptions {
  /**
   * Resource loads under this URL prefix may fail (a CouchDB 404 for a missing checkpoint, a
   * 401 for a refused member, every request while offline): Chromium logs each as a console
   * error. Only the team tests set it, to their team server's path.
   */
  failingResourcesUnder?: string;
}

/**
 * The guards every e2e page runs under: the page may request nothing outside its own origin
 * (the app works offline), and nothing may throw uncaught or log a console error.
 * A CSP violation counts as an error: Chromium reports it on no channel Playwright listens to,
 * so the page's own securitypolicyviolation event is turned into a console error here (workers
 * report theirs through renderer/src/runtime-setup.ts). Returns the check to run at the end.
 */
export async function guardPage(page: Page, origin: string, options: GuardOptions = {}) {
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreignRequests.push(url);
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const under = options.failingResourcesUnder;
    if (
      under &&
      message.text().startsWith('Failed to load resource') &&
      message.location().url.startsWith(under)
    )
      return;
    errors.push(`console.error: ${message.text()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `e2e guard: CSP blocked ${event.blockedURI || 'inline code'} (${event.violatedDirective})`,
      ),
    ),
  );
  return () => {
    expect(foreignRequests, 'requests outside the app origin').toEqual([]);
    expect(errors, 'uncaught errors or console errors').toEqual([]);
  };
}

export const test = base.extend<{ guardedPage: Page }>({
  guardedPage: async ({ page, baseURL }, use) => {
    const check = await guardPage(page, new URL(baseURL!).origin);
    await use(page);
    check();
  },
});

export { expect };

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
