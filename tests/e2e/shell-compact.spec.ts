import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The header's measurements: its height, the rows its navigation takes, whether the search box shows its whole hint. */
async function shell(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header')!.getBoundingClientRect();
    const navRows = new Set(
      [...document.querySelectorAll('.main-nav a')].map((a) => Math.round(a.getBoundingClientRect().top)),
    );
    const input = document.querySelector<HTMLInputElement>('.site-search input')!;
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const hint = context.measureText(input.placeholder).width;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { headerHeight: header.height, navRows: navRows.size, hintFits: hint <= room, hint, room };
  });
}

for (const locale of ['ja', 'en'] as const) {
  test(`on a 1024×768 projector the header is one compact bar and the first programs show (${locale})`, async ({
    guardedPage: page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.addInitScript((l) => localStorage.setItem('shien-navi.locale', l), locale);
    await page.goto('/#/programs');
    const firstRow = page.locator('.program-table tbody tr[data-program-id]').first();
    await expect(firstRow).toBeVisible();
    const measured = await shell(page);
    expect(measured.navRows).toBe(1);
    expect(measured.headerHeight).toBeLessThan(140);
    expect(measured, 'the search box shows its whole hint').toMatchObject({ hintFits: true });
    // Every section is still reachable from the bar, by name (the full name for screen readers).
    await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(9);
    const rowTop = await firstRow.evaluate((row) => row.getBoundingClientRect().top);
    expect(rowTop).toBeLessThan(768 - 150);
  });

  test(`at 1366 px the navigation is one row and the search hint is whole (${locale})`, async ({
    guardedPage: page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 850 });
    await page.addInitScript((l) => localStorage.setItem('shien-navi.locale', l), locale);
    await page.goto('/#/programs');
    await expect(page.locator('.program-table tbody tr').first()).toBeVisible();
    const measured = await shell(page);
    expect(measured.navRows).toBe(1);
    expect(measured, 'the search box shows its whole hint').toMatchObject({ hintFits: true });
  });

  // QA: at 150% zoom the sections scrolled sideways and the last was cut to 「認」.
  test(`on 1280×720 at 150% zoom every section, the search box and the language switch show whole (${locale})`, async ({
    guardedPage: page,
  }) => {
    await page.setViewportSize({ width: 853, height: 480 });
    await page.addInitScript((l) => localStorage.setItem('shien-navi.locale', l), locale);
    await page.goto('/#/programs');
    await expect(page.locator('.program-table tbody tr').first()).toBeVisible();
    const links = page.getByRole('navigation').getByRole('link');
    await expect(links).toHaveCount(9);
    // The sections, the search box and the language switch all inside the window.
    const boxes = await page
      .locator('.main-nav a, .site-search, .language-switch')
      .evaluateAll((all) => all.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(11);
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(853);
    // The name, left out to make room, still labels the link home.
    await expect(
      page.getByRole('link', { name: locale === 'ja' ? /支援メニューナビ/ : /Support Menu Navigator/ }),
    ).toBeVisible();
    expect((await shell(page)).navRows).toBeLessThanOrEqual(2);
  });
}
