import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The program list draws only the rows in view (and a few either side): these helpers read the
 * rows drawn now, and scroll until a given program's row is drawn.
 */
export const listRows = (page: Page): Locator => page.locator('.program-table tbody tr[data-program-id]');

/** The ids of the rows drawn now, top to bottom. */
export const drawnIds = (page: Page): Promise<(string | null)[]> =>
  listRows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-program-id')));

/** Scrolls down until the row of `id` is drawn, and returns it. */
export async function scrollToRow(page: Page, id: string): Promise<Locator> {
  const row = page.locator(`tr[data-program-id="${id}"]`);
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let step = 0; step < 100 && (await row.count()) === 0; step++) {
    await page.evaluate(() => window.scrollBy(0, 300));
    await page.waitForTimeout(30);
  }
  await row.scrollIntoViewIfNeeded();
  await expect(row).toBeVisible();
  return row;
}
