import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Catalog } from '../../shared/catalog/catalog';
import { validateCatalog } from '../../shared/catalog/validate';
import { nextYearCatalog } from '../support/next-year-catalog';
import { makeTestKey, signedPack } from '../support/test-keys';
import { readCatalogFiles } from '../tools/read-catalog-files';
import { expect, guardPage, screenshot, test } from './fixtures';

// Two colleagues, each in a browser context of their own (separate IndexedDB), share a list
// through the PouchDB Server that Playwright started (playwright.config.ts), reached through the
// preview server's own origin at /couchdb/, as the web build must be deployed.
const TEAM_PORT = Number(process.env.E2E_TEAM_PORT);
const ADMIN = `Basic ${Buffer.from('admin:team-test-admin').toString('base64')}`;
const PASSWORD = 'e2e correct horse';

async function admin(method: string, path: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${TEAM_PORT}${path}`, {
    method,
    headers: { authorization: ADMIN, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok && response.status !== 409) throw new Error(`${method} ${path}: ${response.status}`);
}

async function newTeam(members: string[]) {
  const name = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  for (const user of ['aiko', 'ben', 'outsider'])
    await admin('PUT', `/_users/org.couchdb.user:${user}`, {
      name: user,
      password: PASSWORD,
      roles: [],
      type: 'user',
    });
  await admin('PUT', `/${name}`);
  await admin('PUT', `/${name}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: members, roles: [] },
  });
  return name;
}

/** A colleague's copy of the app: its own context and storage, under the same guards as every test. */
async function colleague(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'ja-JP' });
  const page = await context.newPage();
  const origin = new URL(baseURL).origin;
  const check = await guardPage(page, origin, { failingResourcesUnder: `${origin}/couchdb/` });
  return { context, page, check };
}

async function connect(page: Page, baseURL: string, database: string, user: string) {
  await page.goto('/#/team');
  await page.getByLabel('サーバーの URL').fill(`${new URL(baseURL).origin}/couchdb/`);
  await page.getByLabel('チームのデータベース名').fill(database);
  await page.getByLabel('ユーザー名').fill(user);
  await page.getByLabel('パスワード').fill(PASSWORD);
  await page.getByRole('button', { name: '接続する' }).click();
}

const teamLine = (page: Page) => page.locator('.team-status-line');

/** Each colleague trusts the maintainer's publisher key once, as on the catalog update page. */
async function trustKey(page: Page, publicKey: unknown) {
  await page.goto('/#/catalog-update');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '発行元の公開鍵を追加する' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'maintainer.pub.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(publicKey)),
  });
  await page
    .getByRole('dialog', { name: 'この鍵を信頼しますか？' })
    .getByRole('button', { name: '指紋を確かめたので追加する' })
    .click();
}

test.describe('team workspaces', () => {
  let contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
  });

  test('two colleagues share a list, edit offline, see the conflict, resolve it, and a deletion reaches both', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const team = await newTeam(['aiko', 'ben']);
    const a = await colleague(browser, baseURL!);
    const b = await colleague(browser, baseURL!);
    contexts = [a.context, b.context];

    await connect(a.page, baseURL!, team, 'aiko');
    await expect(a.page.locator('.team-state')).toContainText('オンライン');
    await screenshot(a.page, 'team-connected');

    // A list from a wizard result, then shared with the team.
    await a.page.goto('/#/wizard/result?org=university&theme=d3');
    await a.page.getByRole('button', { name: '「申請できる」制度をまとめて新しいリストに保存' }).click();
    await a.page.getByRole('link', { name: 'リストを開く' }).click();
    const listUrl = a.page.url();
    // The list screen loads its code when first opened: wait for it before counting.
    await expect(a.page.locator('.entry-card').first()).toBeVisible();
    const entries = await a.page.locator('.entry-card').count();
    expect(entries).toBeGreaterThan(1);
    await a.page.getByRole('button', { name: 'チームと共有' }).click();
    await expect(a.page.getByRole('heading', { level: 1 })).toContainText('共有中');

    await connect(b.page, baseURL!, team, 'ben');
    await expect(b.page.locator('.team-state')).toContainText('オンライン');
    await b.page.goto('/#/shortlists');
    await expect(b.page.locator('.shortlist-index .sharing-team')).toHaveCount(1);
    await b.page.goto(`/${new URL(listUrl).hash}`);
    await expect(b.page.locator('.entry-card')).toHaveCount(entries);

    // Both on a train: each changes the same note.
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    const noteOf = (page: Page) => page.locator('.entry-card').first().getByLabel('メモ', { exact: true });
    await noteOf(a.page).fill('Aiko: 申請書は6月に提出');
    await noteOf(b.page).fill('Ben: 今年は見送りが妥当');
    await expect(teamLine(a.page)).toContainText('オフライン');
    await screenshot(b.page, 'team-offline');

    await a.context.setOffline(false);
    await b.context.setOffline(false);
    for (const page of [a.page, b.page]) {
      const card = page.locator('.entry-card.has-conflict');
      await expect(card).toHaveCount(1, { timeout: 60_000 });
      await expect(card.locator('.conflict-versions > li')).toHaveCount(2);
      // Both versions, each with who changed it (and when), neither chosen in silence.
      const who = (await card.locator('.conflict-who').allTextContents()).join(' | ');
      expect(who).toMatch(/aiko の版（2\d{3}年/);
      expect(who).toMatch(/ben の版（2\d{3}年/);
      expect((await card.locator('.conflict-note').allTextContents()).sort()).toEqual([
        'Aiko: 申請書は6月に提出',
        'Ben: 今年は見送りが妥当',
      ]);
      await expect(page.locator('.conflict-marker')).toContainText('競合 1 件');
    }
    await screenshot(a.page, 'team-conflict');

    // Aiko keeps Ben's version: both end with it, no conflict left.
    await a.page.getByRole('button', { name: /この版を残す: ben の版/ }).click();
    for (const page of [a.page, b.page]) {
      await expect(page.locator('.entry-card.has-conflict')).toHaveCount(0, { timeout: 60_000 });
      await expect(noteOf(page)).toHaveValue('Ben: 今年は見送りが妥当');
    }

    // Ben deletes the shared list: asked first, then gone for Aiko too.
    await b.page.goto('/#/shortlists');
    await b.page.getByRole('button', { name: /^削除:/ }).click();
    await expect(b.page.getByText('メンバー全員のアプリからも消えます')).toBeVisible();
    await screenshot(b.page, 'team-delete-confirm');
    await b.page.getByRole('button', { name: '全員から削除する' }).click();
    await a.page.goto('/#/shortlists');
    await expect(a.page.locator('.shortlist-index li')).toHaveCount(0, { timeout: 60_000 });

    a.check();
    b.check();
  });

  test('the maintainer publishes a catalog pack to the team; a colleague checks it in the usual preview and installs it', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const team = await newTeam(['aiko', 'ben']);
    const a = await colleague(browser, baseURL!);
    const b = await colleague(browser, baseURL!);
    contexts = [a.context, b.context];
    const embedded = validateCatalog(readCatalogFiles('data').data);
    if (!embedded.ok) throw new Error('invalid catalog');
    const next: Catalog = nextYearCatalog(embedded.catalog).catalog;

    // The maintainer's signing key, which both colleagues trust once (as on the update page).
    const key = await makeTestKey('大学 URA 管理者（テスト鍵）');
    const pack = await signedPack(next, key);
    await trustKey(a.page, key.publicKey);
    await trustKey(b.page, key.publicKey);
    await connect(a.page, baseURL!, team, 'aiko');
    await expect(a.page.locator('.team-state')).toContainText('オンライン');
    // A damaged file is refused with the catalog update's own reasons, and nothing is published.
    const chooser = a.page.waitForEvent('filechooser');
    await a.page.getByRole('button', { name: 'カタログパックをチームに公開…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'edited.json',
      mimeType: 'application/json',
      buffer: Buffer.from(pack.replace('150億円', '1500億円')),
    });
    await expect(a.page.getByRole('alert')).toContainText('edited.json');
    const again = a.page.waitForEvent('filechooser');
    await a.page.getByRole('button', { name: 'カタログパックをチームに公開…' }).click();
    await (
      await again
    ).setFiles({ name: 'catalog-2027.json', mimeType: 'application/json', buffer: Buffer.from(pack) });
    await expect(a.page.getByRole('status').filter({ hasText: 'をチームに公開しました' })).toBeVisible();

    await connect(b.page, baseURL!, team, 'ben');
    await expect(b.page.getByText('チームに公開されたカタログ: 2027.04.01-1')).toBeVisible({
      timeout: 60_000,
    });
    await screenshot(b.page, 'team-catalog-available');
    await b.page.getByRole('link', { name: '確認してインストール' }).click();
    const preview = b.page.getByRole('region', { name: 'catalog-2027.json の内容' });
    await expect(preview).toContainText(`${embedded.catalog.meta.catalogVersion} → 2027.04.01-1`);
    await b.page.getByRole('button', { name: 'この更新を適用する' }).click();
    await expect(
      b.page.getByRole('status').filter({ hasText: 'カタログ 2027.04.01-1 を適用しました。' }),
    ).toBeVisible({
      timeout: 60_000,
    });
    a.check();
    b.check();
  });

  test('a non-member is refused in words and nothing is shared', async ({ browser, baseURL }) => {
    const team = await newTeam(['aiko']);
    const o = await colleague(browser, baseURL!);
    contexts = [o.context];
    await connect(o.page, baseURL!, team, 'outsider');
    await expect(o.page.getByRole('alert').filter({ hasText: 'メンバーではありません' })).toBeVisible();
    await expect(o.page.locator('.team-state')).toContainText('チームから外れています');
    await screenshot(o.page, 'team-not-member');
    o.check();
  });

  test('in English and by keyboard alone: a wrong password is said in words, then the right one connects', async ({
    browser,
    baseURL,
  }) => {
    const team = await newTeam(['aiko']);
    const a = await colleague(browser, baseURL!);
    contexts = [a.context];
    const { page } = a;
    await page.goto('/#/team');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connect a team');
    // From the server URL field on, Tab and typing only; Enter submits.
    await page.getByLabel('Server URL').focus();
    await page.keyboard.type(`${new URL(baseURL!).origin}/couchdb/`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(team);
    await page.keyboard.press('Tab');
    await page.keyboard.type('aiko');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the password');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('alert').filter({ hasText: 'The user name or password is wrong.' }),
    ).toBeVisible();
    await expect(page.locator('.team-state')).toContainText('Cannot connect');
    await screenshot(page, 'team-en-refused');
    await page.getByLabel('Password').focus();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.locator('.team-state')).toContainText('Online (in sync)');
    await screenshot(page, 'team-en-online');
    a.check();
  });

  test('the form refuses plain http to another machine before any request', async ({ guardedPage: page }) => {
    await page.goto('/#/team');
    await page.getByLabel('サーバーの URL').fill('http://couch.example.ac.jp/');
    await page.getByLabel('チームのデータベース名').fill('ura-office');
    await page.getByLabel('ユーザー名').fill('aiko');
    await page.getByLabel('パスワード').fill('x');
    await page.getByRole('button', { name: '接続する' }).click();
    await expect(page.getByRole('alert')).toContainText('TLS（https）');
    await expect(page.locator('.team-state')).toHaveText('未接続');
  });

  test('the page may reach its own origin only: the team server on another origin is blocked by the CSP', async ({
    page,
  }) => {
    await page.goto('/#/team');
    const outcome = await page.evaluate(async (port) => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) =>
          resolve(`${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      const fetched = await fetch(`http://127.0.0.1:${port}/`).then(
        () => 'loaded',
        () => 'blocked',
      );
      return { fetched, violation: await violation };
    }, TEAM_PORT);
    expect(outcome.fetched).toBe('blocked');
    expect(outcome.violation).toBe(`connect-src http://127.0.0.1:${TEAM_PORT}/`);
  });
});
