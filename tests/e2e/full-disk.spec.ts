import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateCatalog } from '../../shared/catalog/validate';
import { CHROMIUM_ARGS } from '../support/chromium';
import { nextYearCatalog } from '../support/next-year-catalog';
import { makeTestKey, signedPack } from '../support/test-keys';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { smallDisk, type SmallDisk } from '../support/small-disk';
import { expect, guardPage, screenshot, test } from './fixtures';
import { bigListFile, createUserData, expectUserData, importListFile, USER_DATA } from './user-data-helpers';

const MB = 1024 * 1024;

/** Leaves the page's origin `room` bytes of storage beyond what it uses now (Chromium's own quota). */
const sessions = new WeakMap<Page, CDPSession>();

async function leaveRoom(page: Page, room: number | null) {
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  // One session per page, kept: the override is the session's, and ends with it.
  const cdp = sessions.get(page) ?? (await page.context().newCDPSession(page));
  sessions.set(page, cdp);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    ...(room === null ? {} : { quotaSize: usage + room }),
  });
  // The override reaches the quota manager some time after the command returns (estimate() does
  // not show it at all): wait until a write of more than the room is refused, as the app's probe
  // will be. A check made sooner still found room, and the test was flaky.
  if (room !== null)
    await expect.poll(() => writeRefused(page, room + 1 * MB), { timeout: 20_000 }).toBe(true);
}

/** Whether the origin's file system refuses a scratch write of this many bytes (then discarded). */
function writeRefused(page: Page, bytes: number): Promise<boolean> {
  return page.evaluate(async (bytes) => {
    const root = await navigator.storage.getDirectory();
    const name = 'test-room-probe';
    try {
      const writable = await (await root.getFileHandle(name, { create: true })).createWritable();
      try {
        await writable.write(new Uint8Array(bytes));
        await writable.close();
        return false;
      } catch (error) {
        await writable.abort().catch(() => undefined);
        return (error as DOMException).name === 'QuotaExceededError';
      }
    } catch (error) {
      return (error as DOMException).name === 'QuotaExceededError';
    } finally {
      await root.removeEntry(name).catch(() => undefined);
    }
  }, bytes);
}

/** The start-up screen of a disk too full to open the database on. */
async function expectNotOpened(page: Page) {
  if (page.url() === 'about:blank') await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'ディスクの空きが足りません' })).toBeVisible();
  await expect(alert).toContainText('データを守るため、データベースを開いていません');
  await expect(alert).toContainText('ディスクの空きを 16 MB 以上にしてから、再読み込みしてください。');
}

const IMPORT_REFUSED =
  'big.json を取り込めませんでした。何も変更していません。この端末の空き容量が足りません。この操作には約 28 MB の空きが必要です。';

async function expectListsOnly(page: Page) {
  await page.goto('/#/shortlists');
  await expect(page.locator('.shortlist-index > li .list-name')).toHaveText([...USER_DATA.lists]);
}

test('a list file too large for the room left is refused before anything is written; the app does not open the database without room', async ({
  guardedPage: page,
}) => {
  await createUserData(page);
  await leaveRoom(page, 3 * MB);
  await importListFile(page, 'big.json', bigListFile(8 * MB));
  await expect(page.getByRole('alert')).toContainText(IMPORT_REFUSED);
  await screenshot(page, 'import-refused-no-room');

  await page.reload();
  await expectNotOpened(page);
  await screenshot(page, 'startup-no-room');
  await leaveRoom(page, null);
  await page.reload();
  await expectUserData(page);
  await expectListsOnly(page);
});

test.describe('a quota override', () => {
  // Chromium applies Storage.overrideQuotaForOrigin to the origin's file system some time after
  // the command returns, and not always before the app's own probe: even after a scratch write
  // over the room was refused here, the app's probe a moment later was let through in about 1 run
  // in 5 (CI included), and the update applied. The app's refusal itself is tested for real; the
  // retries are for the browser's override only, and a real full disk is tested below.
  test.describe.configure({ retries: 2 });

  test('a catalog update without the room it needs is refused before it writes, in words', async ({
    guardedPage: page,
  }) => {
    const embedded = validateCatalog(readCatalogFiles('data').data);
    if (!embedded.ok) throw new Error('invalid catalog');
    const key = await makeTestKey('B県 産業支援センター（テスト鍵）');
    const pack = await signedPack(nextYearCatalog(embedded.catalog).catalog, key);
    await page.goto('/#/catalog-update');
    await expect(page.locator('.app-footer')).toContainText('アプリ内蔵のカタログ');
    const installed = (await page.locator('.app-footer').textContent()) ?? '';
    const keyChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '発行元の公開鍵を追加する' }).click();
    await (
      await keyChooser
    ).setFiles({
      name: 'b.pub.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(key.publicKey)),
    });
    await page.getByRole('dialog').getByRole('button', { name: '指紋を確かめたので追加する' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'カタログファイルを選ぶ' }).click();
    await (
      await chooser
    ).setFiles({ name: 'next.json', mimeType: 'application/json', buffer: Buffer.from(pack) });
    const apply = page.getByRole('button', { name: 'この更新を適用する' });
    await expect(apply).toBeVisible();
    await leaveRoom(page, 1 * MB);
    await apply.click();
    await expect(page.getByRole('alert')).toContainText(
      /^適用できませんでした（この端末の空き容量が足りません。この操作には約 \d+(\.\d)? MB の空きが必要です。.*）。カタログは変更前のままです。$/,
    );
    await expect(page.locator('.app-footer')).toHaveText(installed);
    await screenshot(page, 'catalog-update-no-room');
  });
});

test.describe('on a real disk that is full', () => {
  test.describe.configure({ timeout: 180_000 });
  let disk: SmallDisk;
  let cacheDir: string;
  test.beforeEach(async () => {
    const made = await smallDisk(200);
    test.skip('unavailable' in made, 'unavailable' in made ? made.unavailable : '');
    disk = made as SmallDisk;
    cacheDir = await mkdtemp(path.join(tmpdir(), 'full-disk-cache-'));
  });
  test.afterEach(async () => {
    await disk?.dispose();
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });

  /** The app in a browser whose profile lives on the small disk; each call is a fresh start. */
  async function start(baseURL: string, init?: () => void) {
    const context: BrowserContext = await chromium.launchPersistentContext(disk.profileDir, {
      executablePath: disk.chromium,
      // The HTTP and code caches off the small disk: Chromium trims them when it likes (a restart
      // once freed the 13 MB the test had filled), and only the app's storage is under test.
      args: [...CHROMIUM_ARGS, `--disk-cache-dir=${cacheDir}`],
      baseURL,
      locale: 'ja-JP',
    });
    if (init) await context.addInitScript(init);
    const page = context.pages()[0] ?? (await context.newPage());
    const check = await guardPage(page, new URL(baseURL).origin);
    return {
      page,
      async stop() {
        await context.close();
        check();
      },
    };
  }

  test('the 8 MB import with 3 MB free (the reported loss): refused, and after a restart on the full disk every list, favourite and profile is there', async ({
    baseURL,
  }) => {
    let app = await start(baseURL!);
    await createUserData(app.page);
    await disk.leaveFree(3 * MB);
    await importListFile(app.page, 'big.json', bigListFile(8 * MB));
    await expect(app.page.getByRole('alert')).toContainText(IMPORT_REFUSED);
    await screenshot(app.page, 'import-refused-full-disk');
    await app.stop();
    expect(await disk.freeBytes()).toBeGreaterThan(2 * MB);

    // Without the checks, this start on the full disk is where Chromium deleted the database.
    app = await start(baseURL!);
    await expectNotOpened(app.page);
    await app.stop();
    await disk.free();
    app = await start(baseURL!);
    await expectUserData(app.page);
    await expectListsOnly(app.page);
    await app.stop();
  });

  test('where the browser cannot tell in advance, a write that fills the disk is undone and says to free space before closing; doing so keeps everything', async ({
    baseURL,
  }) => {
    // A browser with no scratch-file check and an estimate that ignores the disk (as Chromium's does).
    let app = await start(baseURL!, () => {
      const storage = navigator.storage as unknown as Record<string, unknown>;
      storage.estimate = async () => ({ quota: 1024 ** 3, usage: 0 });
      storage.getDirectory = undefined;
    });
    await createUserData(app.page);
    await disk.leaveFree(3 * MB);
    await importListFile(app.page, 'big.json', bigListFile(8 * MB));
    await expect(app.page.locator('.problem-list')).toHaveText(
      'big.json を取り込めませんでした。何も変更していません。この端末の保存容量が足りません。アプリを閉じる前にディスクの空きを増やし、もう一度試してください。',
      { timeout: 30_000 },
    );
    // Chromium closed the connection; reopening on the full disk would delete the database.
    const notice = app.page.locator('.connection-lost');
    await expect(notice).toContainText('データを守るため、データベースを閉じました。');
    await screenshot(app.page, 'import-failed-full-disk');
    // Moving around the app (each screen queries the database) must not reopen it.
    for (const screen of ['/#/programs', '/#/wizard', '/#/shortlists', '/#/programs/coi-next']) {
      await app.page.goto(screen);
      await expect(app.page.locator('#main')).toBeVisible();
    }
    await expect(notice).toBeVisible();
    await screenshot(app.page, 'connection-closed-after-navigating');
    await app.stop();

    // The failed write used the disk up to the last byte; a person would have a little back by
    // now (and Chromium itself misbehaves with none at all).
    expect(await disk.freeBytes()).toBeLessThan(MB);
    await disk.leaveFree(3 * MB);
    app = await start(baseURL!);
    await expectNotOpened(app.page);
    await app.stop();
    await disk.free();
    app = await start(baseURL!);
    await expectUserData(app.page);
    await expectListsOnly(app.page);
    await app.stop();
  });
});
