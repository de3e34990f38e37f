import catalogMeta from '../../data/meta.json' with { type: 'json' };
import { buildShortlistFile } from '../../shared/shortlist/shortlist-file';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

async function importBytes(page: Page, name: string, bytes: Buffer) {
  await page.goto('/#/shortlists');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'リストのファイルを取り込む' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: bytes });
}

const entry = {
  programId: 'coi-next',
  programName: '共創の場形成支援プログラム',
  status: 'considering' as const,
  deadline: null,
  note: '',
  reasons: [],
};

test('an empty list file is called empty, and a file from a newer app asks for an update', async ({
  guardedPage: page,
}) => {
  await importBytes(page, 'empty.json', Buffer.alloc(0));
  await expect(page.getByRole('alert')).toContainText('ファイルが空です');
  await expect(page.getByRole('alert')).not.toContainText('途中');
  await screenshot(page, 'list-import-empty');

  const newer = { ...buildShortlistFile([{ name: 'A', entries: [entry] }], catalogMeta.catalogVersion) };
  await importBytes(page, 'newer.json', Buffer.from(JSON.stringify({ ...newer, formatVersion: 99 })));
  await expect(page.getByRole('alert')).toContainText('新しいバージョンの支援メニューナビで作られています');
  await expect(page.getByRole('alert')).toContainText('アプリを更新して');
});

test('duplicate entries in an imported list are merged, and the import says how many', async ({
  guardedPage: page,
}) => {
  const file = buildShortlistFile(
    [{ name: '重複あり', entries: [entry, { ...entry, note: '二つ目' }, entry] }],
    catalogMeta.catalogVersion,
  );
  await importBytes(page, 'dups.json', Buffer.from(JSON.stringify(file)));
  const status = page.getByRole('status').filter({ hasText: 'dups.json から 1 件のリスト' });
  await expect(status).toContainText('2 件を最初の 1 件にまとめました');
  await screenshot(page, 'list-import-duplicates');
  await page.getByRole('link', { name: '重複あり' }).click();
  await expect(page.locator('.entry-card')).toHaveCount(1);
});

test('a list file cannot rename programs: the catalog’s names are shown, unknown ids are marked and counted', async ({
  guardedPage: page,
}) => {
  const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const file = buildShortlistFile(
    [
      {
        name: '名前の違うファイル',
        entries: [
          { ...entry, programName: '偽の名前の制度', deadline: soon },
          { ...entry, programId: 'no-such-program', programName: '謎の制度', deadline: soon },
        ],
      },
    ],
    catalogMeta.catalogVersion,
  );
  await importBytes(page, 'renamed.json', Buffer.from(JSON.stringify(file)));
  const status = page.getByRole('status').filter({ hasText: 'renamed.json から 1 件のリスト' });
  await expect(status).toContainText('カタログにない制度が 1 件あります');
  const table = page.locator('.deadline-table');
  await expect(table.getByRole('link', { name: '共創の場形成支援プログラム' })).toBeVisible();
  await expect(table).not.toContainText('偽の名前の制度');
  await expect(table).toContainText('カタログにない制度（記録された名前:「謎の制度」）');
  await expect(table.getByRole('link', { name: /謎の制度/ })).toHaveCount(0);
  await screenshot(page, 'list-import-catalog-names');

  await page.getByRole('link', { name: 'ホーム', exact: true }).click();
  const upcoming = page.locator('.overview-panel').filter({ hasText: '締切' }).first();
  await expect(page.getByRole('link', { name: '共創の場形成支援プログラム' }).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('偽の名前の制度');
  await expect(upcoming).toBeVisible();

  await page.goto(`/#/calendar?month=${soon.slice(0, 7)}`);
  await expect(page.locator('main')).not.toContainText('偽の名前の制度');
  await expect(page.locator('.deadline-agenda')).toContainText(
    'カタログにない制度（記録された名前:「謎の制度」）',
  );
});
