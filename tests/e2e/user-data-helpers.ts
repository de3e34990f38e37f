import type { Page } from '@playwright/test';
import { SHORTLIST_FILE_FORMAT } from '../../shared/shortlist/shortlist-file';
import { expect } from './fixtures';

/**
 * A user's weeks of work in small: two lists (one program with a status, an internal deadline and
 * a note), a favourite and a saved client profile, all made through the app's own screens.
 */
export const USER_DATA = {
  lists: ['A大学 URA', 'B市 ワークショップ'],
  program: { id: 'coi-next', listed: 'A大学 URA' },
  status: 'planned',
  deadline: '2027-04-20',
  note: '産学連携本部で 4/10 に打合せ。申請書は 3/31 まで',
  favourite: 'coi-next',
  profile: 'B社 バイオ事業部',
} as const;

export async function createUserData(page: Page) {
  await page.goto('/#/shortlists');
  for (const name of USER_DATA.lists) {
    await page.getByLabel('リスト名').fill(name);
    await page.getByRole('button', { name: 'リストを作成' }).click();
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.goto(`/#/programs/${USER_DATA.program.id}`);
  await page.getByRole('button', { name: 'お気に入りに追加' }).click();
  await expect(page.getByRole('button', { name: 'お気に入りから外す' })).toBeVisible();
  await page.getByRole('button', { name: /リストに追加/ }).click();
  await page.getByRole('checkbox', { name: USER_DATA.program.listed }).check();
  await expect(page.getByRole('checkbox', { name: USER_DATA.program.listed })).toBeChecked();
  await page.goto('/#/shortlists');
  await page.locator('.shortlist-index').getByRole('link', { name: USER_DATA.program.listed }).click();
  const card = page.locator('.entry-card').first();
  await card.getByLabel('状況').selectOption(USER_DATA.status);
  await card.getByLabel('内部締切（学内締切・庁内締切）').fill(USER_DATA.deadline);
  await card.getByLabel('メモ').fill(USER_DATA.note);
  await expect(card.getByLabel('メモ')).not.toHaveClass(/unsaved/);
  await page.goto('/#/wizard/result?org=company&theme=health');
  await page.getByLabel(/この回答に名前を付けて保存/).fill(USER_DATA.profile);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(`「${USER_DATA.profile}」として保存しました。`)).toBeVisible();
}

/** Everything createUserData made, read back through the same screens. */
export async function expectUserData(page: Page) {
  // Opening the program's page (below) records a view: the overview is looked at first.
  await page.goto('/#/');
  const recent = page.getByRole('region', { name: '最近見た制度' });
  await expect(recent.locator(`li[data-program-id="${USER_DATA.favourite}"]`)).toHaveCount(1);
  await page.goto('/#/shortlists');
  const lists = page.locator('.shortlist-index > li .list-name');
  await expect(lists).toHaveText([...USER_DATA.lists]);
  await page.locator('.shortlist-index').getByRole('link', { name: USER_DATA.program.listed }).click();
  const card = page.locator('.entry-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByLabel('状況')).toHaveValue(USER_DATA.status);
  await expect(card.getByLabel('内部締切（学内締切・庁内締切）')).toHaveValue(USER_DATA.deadline);
  await expect(card.getByLabel('メモ')).toHaveValue(USER_DATA.note);
  await page.goto(`/#/programs/${USER_DATA.favourite}`);
  await expect(page.getByRole('button', { name: 'お気に入りから外す' })).toBeVisible();
  await page.goto('/#/wizard');
  await expect(page.locator('.saved-profile').filter({ hasText: USER_DATA.profile })).toHaveCount(1);
}

/**
 * A valid list file of about `bytes`, made of notes in random kanji (text that does not compress,
 * so it takes on disk about what it takes in the file).
 */
export function bigListFile(bytes: number): Buffer {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const note = () =>
    Array.from({ length: 2500 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 20000))).join('');
  const lists = [];
  let size = 0;
  for (let l = 0; size < bytes; l++) {
    const entries = [];
    for (let e = 0; e < 1000 && size < bytes; e++) {
      const text = note();
      size += text.length * 3 + 150;
      entries.push({
        programId: `p-${l}-${e}`,
        programName: `制度${e}`,
        status: 'considering',
        note: text,
        deadline: null,
        reasons: [],
      });
    }
    lists.push({ name: `大きいリスト${l + 1}`, entries });
  }
  const file = {
    format: SHORTLIST_FILE_FORMAT,
    formatVersion: 1,
    exportedAt: '2026-11-23T00:00:00.000Z',
    catalogVersion: '2026.11.22-3',
    lists,
  };
  return Buffer.from(JSON.stringify(file));
}

export async function importListFile(page: Page, name: string, buffer: Buffer) {
  await page.goto('/#/shortlists');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'リストのファイルを取り込む' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}
