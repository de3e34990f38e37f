import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * English words in table cells that a line break cuts in two ("Ministr / y"), found by measuring:
 * a word whose text range has more than one line box was broken. Long ids and addresses may
 * still break (they have no other place to), so words of more than 20 letters are not checked.
 */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((cells) => {
    const broken: string[] = [];
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[A-Za-z]{2,20}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

for (const [width, height] of [
  [1024, 768],
  [1366, 850],
]) {
  test(`English table words are never broken mid-word at ${width} px`, async ({ guardedPage: page }) => {
    await page.setViewportSize({ width: width!, height: height! });
    await page.addInitScript(() => localStorage.setItem('shien-navi.locale', 'en'));
    await page.goto('/#/programs');
    await expect(page.locator('.program-table tbody tr').first()).toBeVisible();
    expect(await brokenWords(page, '.program-table th, .program-table td')).toEqual([]);

    await page.goto('/#/communities/map');
    await expect(page.locator('main table td').first()).toBeVisible();
    expect(await brokenWords(page, 'main th, main td')).toEqual([]);
  });
}
