import { test as base, expect, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = 'screenshots';

/**
 * Every e2e test runs under two guards: the page may request nothing outside its own
 * origin (the app works offline), and nothing may throw uncaught or log a console error.
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
    await use(page);
    expect(foreignRequests, 'requests outside the app origin').toEqual([]);
    expect(errors, 'uncaught errors or console errors').toEqual([]);
  },
});

export { expect };

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
