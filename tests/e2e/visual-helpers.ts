import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, screenshot } from './fixtures';

/** LOCALE_STORAGE_KEY in renderer/src/i18n/i18n.tsx. */
const LOCALE_STORAGE_KEY = 'shien-navi.locale';

/** axe-core over the whole page: no violation of any rule it runs by default (WCAG A/AA and best practice). */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Switches the UI language the way the app remembers it, then reloads the same address: independent
 * of how the header's language control looks (the shell is being redesigned).
 */
export async function switchLanguage(page: Page, to: 'ja' | 'en') {
  await page.evaluate(([key, locale]) => localStorage.setItem(key!, locale!), [LOCALE_STORAGE_KEY, to]);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

/** A screenshot and an axe check in Japanese, then the same in English. */
export async function lookInBothLanguages(page: Page, name: string, englishReady: () => Promise<void>) {
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-ja`);
  await switchLanguage(page, 'en');
  await englishReady();
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-en`);
  await switchLanguage(page, 'ja');
}

/** A picture of one element (a chart, the map) to look at closely. */
export async function elementShot(page: Page, selector: string, name: string) {
  await page
    .locator(selector)
    .first()
    .screenshot({ path: `screenshots/${name}.png` });
}
