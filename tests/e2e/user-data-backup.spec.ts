import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { USER_DATA_FORMAT } from '../../shared/user-data/user-data-file';
import { expect, screenshot, test } from './fixtures';
import { createUserData, expectUserData, USER_DATA } from './user-data-helpers';

async function exportAll(page: Page) {
  await page.goto('/#/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'すべてのデータを書き出す' }).first().click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Deletes the app's database from the page, as clearing the browser's site data does. */
async function deleteDatabase(page: Page) {
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('shien-menu-navi');
        request.onsuccess = resolve;
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
}

async function chooseDataFile(page: Page, name: string, buffer: Buffer) {
  await page.goto('/#/data');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'ファイルから戻す' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

test('the database deleted in the browser: everything comes back from the exported file', async ({
  guardedPage: page,
}) => {
  await createUserData(page);
  // The browser keeps no backup of its own: the app says so until the data is exported.
  const reminder = page.getByRole('region', { name: 'データのバックアップ' });
  await expect(reminder).toContainText('この端末のデータはまだどこにも書き出していません。');
  await screenshot(page, 'export-reminder');

  const file = await exportAll(page);
  expect(file.name).toMatch(/^shien-menu-navi-data-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(file.bytes.toString('utf8'))).toMatchObject({ format: USER_DATA_FORMAT });
  await expect(page.getByRole('status')).toContainText('最後に書き出した日時:');
  // Elsewhere too, the reminder is gone once the data is exported (the data page never shows it).
  await page.goto('/#/shortlists');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reminder).toHaveCount(0);

  await deleteDatabase(page);
  await expect(page.locator('.connection-lost')).toContainText('削除されました');
  await page.locator('.connection-lost').getByRole('button', { name: '再読み込み' }).click();
  await page.goto('/#/shortlists');
  await expect(page.getByText(/^まだリストがありません。/)).toBeVisible();

  await chooseDataFile(page, file.name, file.bytes);
  const preview = page.getByRole('region', { name: `${file.name} の内容` });
  const row = (kind: string) =>
    preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: kind, exact: true }) });
  await expect(row('リスト')).toContainText(`2（${USER_DATA.lists.join('、')}）`);
  await expect(row('お気に入り')).toContainText('1');
  await expect(row('保存した回答')).toContainText(`1（${USER_DATA.profile}）`);
  await expect(row('最近見た制度')).toContainText('1');
  await expect(preview.locator('.restore-summary')).toHaveText('追加 6 件。この端末のデータは変わりません。');
  await screenshot(page, 'restore-preview');
  await preview.getByRole('button', { name: '統合して戻す' }).click();
  await expect(page.getByRole('status').filter({ hasText: '戻しました' })).toHaveText(
    '戻しました（追加 6 件、置き換え 0 件、削除 0 件）。',
  );
  await expectUserData(page);
});

test('restoring previews merge and replace, and replace makes the data exactly the file', async ({
  guardedPage: page,
}) => {
  await createUserData(page);
  const file = await exportAll(page);
  // After the export: one list renamed, one new list. The file has neither change.
  await page.goto('/#/shortlists');
  await page.getByRole('button', { name: `名前を変更: ${USER_DATA.lists[1]}` }).click();
  await page.getByLabel('リスト名').last().fill('B市 2027');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByLabel('リスト名').first().fill('あとで作ったリスト');
  await page.getByRole('button', { name: 'リストを作成' }).click();
  await expect(page.locator('.shortlist-index > li')).toHaveCount(3);

  await chooseDataFile(page, file.name, file.bytes);
  const preview = page.getByRole('region', { name: `${file.name} の内容` });
  const lists = preview
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'リスト', exact: true }) });
  await expect(lists.getByRole('cell')).toHaveText(['0', `1（${USER_DATA.lists[1]}）`, '1']);
  await expect(preview.locator('.restore-summary')).toHaveText('追加 0 件。この端末のデータは変わりません。');
  await preview.getByRole('radio', { name: /置き換え/ }).check();
  await expect(preview.locator('.restore-summary')).toHaveText('追加 0 件、置き換え 1 件、削除 1 件。');
  await preview.getByRole('button', { name: '置き換えて戻す' }).click();
  await expect(page.getByRole('status').filter({ hasText: '戻しました' })).toBeVisible();
  await expectUserData(page);

  // The English UI says the same.
  await page.goto('/#/data');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save and restore your data');
  await screenshot(page, 'data-page-en');
});

test('a hostile or broken data file is refused in words and changes nothing', async ({
  guardedPage: page,
}) => {
  await createUserData(page);
  const file = JSON.parse((await exportAll(page)).bytes.toString('utf8')) as {
    tables: { shortlists: { name: string }[] };
  };
  const refusals: [string, Buffer, string][] = [
    ['cut.json', Buffer.from(JSON.stringify(file).slice(0, 300)), 'ファイルが途中で切れています'],
    [
      'lists.json',
      Buffer.from(JSON.stringify({ format: 'shien-menu-navi/shortlists', lists: [] })),
      '支援メニューナビのデータのファイルではありません。',
    ],
    [
      'newer.json',
      Buffer.from(JSON.stringify({ ...file, formatVersion: 9 })),
      '新しい版のアプリで書き出されたファイルです。',
    ],
    [
      'proto.json',
      Buffer.from(JSON.stringify(file).replace('"tables":{', '"tables":{"__proto__":{"polluted":1},')),
      'このファイル形式にない項目があります（__proto__）',
    ],
    [
      'markup.json',
      Buffer.from(
        JSON.stringify({
          ...file,
          tables: {
            ...file.tables,
            shortlists: [
              { ...file.tables.shortlists[0], name: '<img src=x onerror=alert(1)>', position: 'first' },
            ],
          },
        }),
      ),
      'リストの1 件目「<img src=x onerror=alert(1)>」の項目「position」: 値の形が違います',
    ],
  ];
  for (const [name, buffer, words] of refusals) {
    await chooseDataFile(page, name, buffer);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`${name} から戻せませんでした。何も変更していません。`);
    await expect(alert).toContainText(words);
    await expect(alert).not.toContainText('tables.');
    if (name === 'markup.json') await screenshot(page, 'restore-refused');
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  // A good file's preview, then a broken choice: the old preview and its restore button go.
  await chooseDataFile(page, 'good.json', Buffer.from(JSON.stringify(file)));
  await expect(page.getByRole('region', { name: 'good.json の内容' })).toBeVisible();
  await chooseDataFile(page, 'empty.json', Buffer.alloc(0));
  await expect(page.getByRole('alert')).toContainText('empty.json から戻せませんでした。');
  await expect(page.getByRole('alert')).toContainText('ファイルが空です');
  await expect(page.getByRole('region', { name: 'good.json の内容' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '統合して戻す' })).toHaveCount(0);
  await expectUserData(page);
});
