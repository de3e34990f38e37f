import { test as base, expect, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = 'screenshots';

/**
 * Every e2e test runs under two guards: the page may request nothing outside its own
 * origin (the app works offline), and nothing may throw uncaught or log a console error.
 * A CSP violation counts as an error: Chromium reports it on no channel Playwright listens to,
 * so the page's own securitypolicyviolation event is turned into a console error here (workers
 * report theirs through renderer/src/runtime-setup.ts).
 */
export const test = base.extend<{ guardedPage: Page }>({
  guardedPage: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
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
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(
          `e2e guard: CSP blocked ${event.blockedURI || 'inline code'} (${event.violatedDirective})`,
        ),
      ),
    );
    await use(page);
    expect(foreignRequests, 'requests outside the app origin').toEqual([]);
    expect(errors, 'uncaught errors or console errors').toEqual([]);
  },
});

export { expect };

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
