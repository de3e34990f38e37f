import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { validateCatalog } from '../../shared/catalog/validate';
import type { Profile } from '../../shared/matching/profile';
import { summariseMatch } from '../../shared/matching/summarise';
import { readCatalogFiles } from '../tools/read-catalog-files';

/** Moves focus with Tab until the locator has it: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** A radio group takes one Tab; the arrow keys then move the choice, as in any native form. */
export async function chooseRadio(page: Page, name: string) {
  const form = page.locator('form.wizard-step');
  const target = form.getByRole('radio', { name, exact: true });
  const group = form.getByRole('radio');
  const checked = form.getByRole('radio', { checked: true });
  await tabTo(page, (await checked.count()) ? checked : group.first());
  for (let i = 0; i < 20 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
}

export async function pressOn(page: Page, target: Locator, key: string) {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** What the engine (and so `npm run match -- --json`) says for the same profile. */
export function engineSays(profile: Profile) {
  const result = validateCatalog(readCatalogFiles('data').data);
  if (!result.ok) throw new Error('invalid catalog');
  return summariseMatch(result.catalog, profile);
}

export async function idsShownIn(page: Page, group: 'eligible' | 'check' | 'notEligible') {
  return page
    .locator(`.group-${group} .result-card`)
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-program-id')));
}

export async function expectGroupsAsEngine(page: Page, profile: Profile) {
  const expected = engineSays(profile);
  // 要確認 shows current programs first and folds historical / mention-only ones below, each in engine order.
  const background = (p: { status: string }) => p.status === 'historical' || p.status === 'unknown';
  const check = [...expected.check.filter((p) => !background(p)), ...expected.check.filter(background)];
  const shown = { eligible: expected.eligible, check, notEligible: expected.notEligible };
  for (const group of ['eligible', 'check', 'notEligible'] as const) {
    expect(await idsShownIn(page, group), group).toEqual(shown[group].map((p) => p.id));
  }
  return expected;
}
