import { expect, test } from './fixtures';
import { importList } from './list-fixture';
import { switchLanguage } from './visual-helpers';

/**
 * Every screen in English: no Japanese text outside an element marked lang="ja" (catalog names and
 * quotes are marked so a screen reader switches voice; UI text must come from messages-en.ts or
 * the glossary). Attributes are not checked: an aria-label may quote a program's name.
 */
test('every screen in English shows Japanese only where it quotes the catalog (marked lang="ja")', async ({
  guardedPage: page,
}) => {
  test.setTimeout(180_000);
  await importList(page, 'L', [
    ['coi-next', '共創の場形成支援プログラム', 'considering', '2026-12-20'],
    ['a-step', 'A-STEP', 'planned', null],
  ]);
  await page.locator('a.list-name').first().click();
  const list = page.url().split('#')[1]!;
  await switchLanguage(page, 'en');
  const routes = [
    '/',
    '/programs',
    '/programs/coi-next',
    '/communities',
    '/communities/hokkaido-prime',
    '/communities/map',
    '/market-domains',
    '/market-domains/1',
    '/frameworks',
    '/frameworks/kagayaku-inochi-declaration',
    '/wizard',
    '/shortlists',
    list,
    `${list}/handout`,
    `${list}/workshop`,
    '/compare?ids=coi-next,a-step',
    '/calendar',
    '/catalog-update',
    '/catalog-update/help',
    '/team',
    '/about',
    '/budgets',
  ];
  for (const route of routes) {
    await page.goto(`/#${route}`);
    await expect(page.locator('main h1, .workshop h1').first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const leaks = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) continue;
        const parent = node.parentElement!;
        if (parent.closest('script, style')) continue;
        // The nearest language mark below <html> decides (<html> itself is the UI language).
        const marked = parent.closest('[lang]');
        if (marked && marked !== document.documentElement && marked.getAttribute('lang') === 'ja') continue;
        found.push(text.slice(0, 80));
      }
      return found;
    });
    expect(leaks, `Japanese UI text on ${route} in English`).toEqual([]);
  }
});
