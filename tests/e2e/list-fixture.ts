import type { Page } from '@playwright/test';
import catalogMeta from '../../data/meta.json' with { type: 'json' };
import { todayIso } from '../../shared/format/dates';
import { buildShortlistFile } from '../../shared/shortlist/shortlist-file';
import type { EntryFields, EntryStatus } from '../../shared/shortlist/shortlist';
import { expect } from './fixtures';

/** YYYY-MM-DD `days` after today, where the browser is (same machine as the test). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return todayIso(date);
}

export type FixtureEntry = [
  programId: string,
  programName: string,
  status: EntryStatus,
  deadline: string | null,
];

/** Puts a list in the app the way a colleague's file arrives: through リストのファイルを取り込む. */
export async function importList(page: Page, name: string, entries: FixtureEntry[]) {
  const fields: EntryFields[] = entries.map(([programId, programName, status, deadline]) => ({
    programId,
    programName,
    status,
    deadline,
    note: '',
    reasons: [],
  }));
  const file = buildShortlistFile([{ name, entries: fields }], catalogMeta.catalogVersion);
  await page.goto('/#/shortlists');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'リストのファイルを取り込む' }).click();
  await (
    await chooser
  ).setFiles({
    name: `${name}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByRole('status').filter({ hasText: `${name}.json から 1 件のリスト` })).toBeVisible();
}
