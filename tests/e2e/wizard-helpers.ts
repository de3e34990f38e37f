import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { validateCatalog } from '../../shared/catalog/validate';
import type { Profile } from '../../shared/matching/profile';
import { todayIso } from '../../shared/format/dates';
import { summariseMatch } from '../../shared/matching/summarise';
import { readCatalogFiles } from '../tools/read-catalog-files';

/** Moves focus with Tab until the locator has it: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/**
 * A radio group takes one Tab; the arrow keys then move the choice, as in any native form, and
 * Space checks the focused radio when the group had none checked. `group` is the radios' name.
 */
export async function chooseRadio(page: Page, name: string, group = 'org') {
  const form = page.locator('form.wizard-step');
  const radios = form.locator(`input[type=radio][name="${group}"]`);
  const target = form.getByRole('radio', { name, exact: true });
  const checked = form.locator(`input[type=radio][name="${group}"]:checked`);
  await tabTo(page, (await checked.count()) ? checked : radios.locator('visible=true').first());
  for (let i = 0; i < 40 && !(await target.isChecked()); i++) {
    const focused = await target.evaluate((el) => el === document.activeElement);
    await page.keyboard.press(focused ? 'Space' : 'ArrowDown');
  }
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
}

/** A native select, by keyboard: Tab to it, then the arrow keys to the option with this label. */
export async function chooseOption(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  const labels = await select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o.textContent ?? '').trim()));
  const target = labels.indexOf(label);
  if (target < 0) throw new Error(`no option "${label}" in ${labels.join(', ')}`);
  const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
  await expect
    .poll(() => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent?.trim()))
    .toBe(label);
}

export async function pressOn(page: Page, target: Locator, key: string) {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** What the engine (and so `npm run match -- --json`) says for the same profile, today. */
export function engineSays(profile: Profile, locale: 'ja' | 'en' = 'ja') {
  const result = validateCatalog(readCatalogFiles('data').data);
  if (!result.ok) throw new Error('invalid catalog');
  return summariseMatch(result.catalog, profile, { locale, today: todayIso() });
}

/**
 * The programs a group lists, all of them: a folded group (or its folded part) is opened and
 * "show more" pressed until the group has drawn every card (the page draws them a page at a time).
 */
export async function idsShownIn(page: Page, group: 'eligible' | 'check' | 'notEligible' | 'ended') {
  const section = page.locator(`.group-${group}`);
  // Opening folds and pressing buttons moves focus: it goes back where it was afterwards.
  const focused = await page.evaluateHandle(() => document.activeElement);
  // The group's own fold first (不可・終了), then the fold of programs only mentioned (要確認).
  for (const fold of [
    ':scope > details:not([open]) > summary',
    'details.background-programs:not([open]) > summary',
  ]) {
    const summary = section.locator(fold);
    if (await summary.count()) await summary.click();
  }
  // Cards are drawn a few per task: a list still drawing is aria-busy.
  const drawing = section.locator('.result-list[aria-busy="true"]');
  for (let i = 0; i < 20; i++) {
    await expect(drawing).toHaveCount(0);
    const more = section.locator('button.more-results').first();
    if ((await more.count()) === 0) break;
    const cards = await section.locator('.result-card').count();
    await more.click();
    // The next page comes from the worker: wait for it, or the next round clicks a button that goes.
    await expect.poll(() => section.locator('.result-card').count()).toBeGreaterThan(cards);
  }
  await expect(drawing).toHaveCount(0);
  await focused.evaluate((element) => (element as HTMLElement | null)?.focus());
  return section
    .locator('.result-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-program-id')));
}

/** The page shows every group exactly as the engine has it; returns what the engine said. */
export async function expectGroupsAsEngine(page: Page, profile: Profile, locale: 'ja' | 'en' = 'ja') {
  const expected = engineSays(profile, locale);
  // 要確認 shows current programs first and folds the ones the documents only mention below, each in engine order.
  const background = (p: { status: string }) => p.status === 'unknown';
  const check = [...expected.check.filter((p) => !background(p)), ...expected.check.filter(background)];
  const shown = {
    eligible: expected.eligible,
    check,
    notEligible: expected.notEligible,
    ended: expected.ended,
  };
  for (const group of ['eligible', 'check', 'notEligible', 'ended'] as const) {
    expect(await idsShownIn(page, group), group).toEqual(shown[group].map((p) => p.id));
  }
  return expected;
}
