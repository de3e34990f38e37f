import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LOCALE_STORAGE_KEY } from '../../renderer/src/i18n/i18n';
import { expect, screenshot, test } from './fixtures';

/**
 * Every screen of the app in both languages: a full-page screenshot for people to look at, and
 * axe-core's accessibility rules with no violation allowed. The screens that show a list use one
 * made through the UI (a wizard result saved as a list, one entry given a status and deadline).
 */
interface Screen {
  name: string;
  path: (listId: string, ids: string[]) => string;
  /** Something that is on screen once the page has its data. */
  ready: (page: Page) => Promise<void>;
  /** Axe checks the page as printed too, when it is printed (the handout). */
  print?: boolean;
}

const h1 = async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
};

const SCREENS: Screen[] = [
  {
    name: 'overview',
    path: () => '/#/',
    ready: async (page) => {
      await h1(page);
      await expect(page.locator('.count-bars tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'programs',
    path: () => '/#/programs',
    ready: (page) => rowsShown(page, '.program-table tbody tr'),
  },
  {
    name: 'program-detail',
    path: () => '/#/programs/coi-next',
    ready: async (page) => {
      await h1(page);
      await expect(page.locator('.sources')).toBeVisible();
    },
  },
  { name: 'communities', path: () => '/#/communities', ready: (page) => rowsShown(page, '.card') },
  { name: 'community-detail', path: () => '/#/communities/tsuruoka', ready: h1 },
  {
    name: 'market-domains',
    path: () => '/#/market-domains',
    ready: (page) => rowsShown(page, '.domain-table tbody tr'),
  },
  { name: 'market-domain-detail', path: () => '/#/market-domains/3', ready: h1 },
  { name: 'frameworks', path: () => '/#/frameworks', ready: (page) => rowsShown(page, '.card') },
  { name: 'framework-detail', path: () => '/#/frameworks/kagayaku-inochi-declaration', ready: h1 },
  { name: 'wizard', path: () => '/#/wizard', ready: h1 },
  {
    name: 'wizard-result',
    path: () => '/#/wizard/result?org=university&theme=d3',
    ready: (page) => rowsShown(page, '.result-card'),
  },
  {
    name: 'shortlists',
    path: () => '/#/shortlists',
    ready: (page) => rowsShown(page, '.deadline-table tbody tr'),
  },
  { name: 'shortlist', path: (id) => `/#/shortlists/${id}`, ready: (page) => rowsShown(page, '.entry-card') },
  {
    name: 'compare',
    path: (_, ids) => `/#/compare?ids=${ids.slice(0, 3).join(',')}`,
    ready: (page) => rowsShown(page, '.compare-table tbody tr'),
  },
  {
    name: 'handout',
    path: (id) => `/#/shortlists/${id}/handout`,
    ready: (page) => rowsShown(page, '.handout-program'),
    print: true,
  },
  {
    name: 'workshop',
    path: (id) => `/#/shortlists/${id}/workshop`,
    ready: async (page) => {
      await expect(page.locator('.workshop-summary')).toBeVisible();
    },
  },
  { name: 'catalog-update', path: () => '/#/catalog-update', ready: h1 },
  { name: 'catalog-table-help', path: () => '/#/catalog-update/help', ready: h1 },
  { name: 'team', path: () => '/#/team', ready: h1 },
  { name: 'budgets', path: () => '/#/budgets', ready: h1 },
  { name: 'calendar', path: () => '/#/calendar', ready: h1 },
  { name: 'community-map', path: () => '/#/communities/map', ready: h1 },
  { name: 'about', path: () => '/#/about', ready: h1 },
  { name: 'data', path: () => '/#/data', ready: h1 },
  {
    name: 'not-found',
    path: () => '/#/programs/no-such-program',
    ready: h1,
  },
];

async function rowsShown(page: Page, selector: string) {
  await expect(page.locator(selector).first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** A list as a user makes one: a wizard result saved, the first program given a status and deadline. */
async function makeList(page: Page): Promise<{ listId: string; ids: string[] }> {
  await page.goto('/#/wizard/result?org=university&theme=d3');
  await page.locator('.save-results button').click();
  await page.locator('.save-results a').click();
  await expect(page.locator('.entry-card').first()).toBeVisible();
  const first = page.locator('.entry-card').first();
  await first.locator('select').selectOption('planned');
  await first.locator('input[type="date"]').fill('2027-04-20');
  const listId = decodeURIComponent(page.url().split('/shortlists/')[1]!);
  const ids = await page
    .locator('.entry-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-program-id')!));
  return { listId, ids };
}

/**
 * In the English UI, Japanese may appear only as catalog text quoted as printed (names, offices,
 * quotes), which the app marks lang="ja". Any other Japanese text is an untranslated label.
 */
async function expectNoUntranslatedJapanese(page: Page, screen: string) {
  const stray = await page.evaluate(() => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!japanese.test(text)) continue;
      if (node.parentElement?.closest('[lang]')?.getAttribute('lang') === 'ja') continue;
      found.push(`${node.parentElement?.tagName.toLowerCase()}: ${text.trim().slice(0, 40)}`);
    }
    return found;
  });
  expect.soft(stray, `Japanese outside lang="ja" on ${screen}`).toEqual([]);
}

async function expectNoAxeViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(found, `axe on ${screen}`).toEqual([]);
}

for (const locale of ['ja', 'en'] as const) {
  test(`every screen in ${locale === 'ja' ? 'Japanese' : 'English'}: a screenshot each and no axe violations`, async ({
    guardedPage: page,
  }) => {
    test.setTimeout(240_000);
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      LOCALE_STORAGE_KEY,
      locale,
    ] as const);
    const { listId, ids } = await makeList(page);
    for (const screen of SCREENS) {
      await test.step(screen.name, async () => {
        await page.goto(screen.path(listId, ids));
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await screen.ready(page);
        await screenshot(page, `screen-${screen.name}-${locale}`);
        await expectNoAxeViolations(page, screen.name);
        if (locale === 'en') await expectNoUntranslatedJapanese(page, screen.name);
        if (screen.print) {
          await page.emulateMedia({ media: 'print' });
          await screenshot(page, `screen-${screen.name}-print-${locale}`);
          await expectNoAxeViolations(page, `${screen.name} (print)`);
          await page.emulateMedia({ media: 'screen' });
        }
      });
    }
    // The list views of the program list are screens of their own.
    await page.goto('/#/programs');
    for (const view of ['compact', 'cards'] as const) {
      await test.step(`programs-${view}`, async () => {
        await page
          .locator('.view-switch button')
          .nth(view === 'compact' ? 1 : 2)
          .click();
        await rowsShown(page, view === 'cards' ? '.program-card' : '.density-compact tbody tr');
        await screenshot(page, `screen-programs-${view}-${locale}`);
        await expectNoAxeViolations(page, `programs (${view})`);
        if (locale === 'en') await expectNoUntranslatedJapanese(page, `programs (${view})`);
      });
    }
  });
}
