/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { db } from '../../renderer/src/db/db';
import { seedCatalog } from '../../renderer/src/db/seed-catalog';
import { entryId, shortlists } from '../../renderer/src/db/shortlists-repository';
import { ProgramDetailPage } from '../../renderer/src/features/catalog/ProgramDetailPage';
import { ShortlistPage } from '../../renderer/src/features/shortlists/ShortlistPage';
import { ShortlistsPage } from '../../renderer/src/features/shortlists/ShortlistsPage';
import { AddToShortlist } from '../../renderer/src/features/shortlists/AddToShortlist';
import { ExportPanel } from '../../renderer/src/features/export/ExportPanel';
import { I18nProvider, LOCALE_STORAGE_KEY } from '../../renderer/src/i18n/i18n';
import { installFailingWrites } from '../support/failing-storage';
import { createPreloadApi, PRELOAD_API_KEY } from '../../electron/preload/api';
import { buildShortlistFile } from '../../shared/shortlist/shortlist-file';

const storage = installFailingWrites(db);
const QUOTA_JA =
  'この端末の保存容量が足りません。アプリを閉じる前にディスクの空きを増やし、もう一度試してください。';
const UNSAVED_JA = '入力した内容はまだ保存されていません（画面には残しています）。';

beforeAll(async () => {
  await seedCatalog(db, embeddedCatalogVersion, () => embeddedCatalogData);
});
beforeEach(async () => {
  storage.recover();
  await db.transaction('rw', db.shortlists, db.shortlistEntries, db.favourites, async () => {
    await db.shortlistEntries.clear();
    await db.shortlists.clear();
    await db.favourites.clear();
  });
  // The helper tells whoever diagnoses a failure on the console; the user reads the page.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  localStorage.removeItem(LOCALE_STORAGE_KEY);
});
afterEach(cleanup);

function renderAt(path: string, routes: { path: string; element: React.ReactNode }[]) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}

async function listWithOneProgram() {
  const listId = await shortlists.create('A大学 URA');
  await shortlists.add(listId, { id: 'coi-next', name: '共創の場形成支援プログラム' });
  await shortlists.update(listId, 'coi-next', { note: '保存済みのメモ' });
  renderAt(`/shortlists/${listId}`, [{ path: '/shortlists/:id', element: <ShortlistPage /> }]);
  const card = (await screen.findByText('共創の場形成支援プログラム')).closest('li')!;
  return { listId, card: within(card) };
}

describe('a note, status or deadline that cannot be saved', () => {
  it('stays on screen marked unsaved, says why in words, and saves when asked again', async () => {
    const { listId, card } = await listWithOneProgram();
    const user = userEvent.setup();
    const note = card.getByLabelText('メモ');
    await waitFor(() => expect(note).toHaveValue('保存済みのメモ'));

    storage.failWrites('shortlistEntries');
    await user.type(note, '。追記');
    const alert = await card.findByRole('alert');
    expect(alert).toHaveTextContent(`保存できませんでした。${QUOTA_JA}${UNSAVED_JA}`);
    expect(note).toHaveValue('保存済みのメモ。追記');
    expect(note).toHaveClass('unsaved');
    expect(note).toHaveAccessibleDescription(expect.stringContaining('保存できませんでした。'));
    expect((await db.shortlistEntries.get(entryId(listId, 'coi-next')))!.note).toBe('保存済みのメモ');

    // The same for a status: the choice stays, storage keeps the old one.
    await user.selectOptions(card.getByLabelText('状況'), '応募予定');
    expect(card.getByLabelText('状況')).toHaveValue('planned');
    // The write fails asynchronously (a shared list is told apart first, issue 18): wait for it.
    await waitFor(() => expect(card.getByLabelText('状況')).toHaveClass('unsaved'));
    expect((await db.shortlistEntries.get(entryId(listId, 'coi-next')))!.status).toBe('considering');

    storage.recover();
    for (const retry of card.getAllByRole('button', { name: 'もう一度保存' })) await user.click(retry);
    await waitFor(async () =>
      expect(await db.shortlistEntries.get(entryId(listId, 'coi-next'))).toMatchObject({
        note: '保存済みのメモ。追記',
        status: 'planned',
      }),
    );
    await waitFor(() => expect(card.queryByRole('alert')).toBeNull());
    expect(note).not.toHaveClass('unsaved');
    expect(note).toHaveValue('保存済みのメモ。追記');
  });

  it('is explained in English in the English UI', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    const { card } = await listWithOneProgram();
    storage.failWrites();
    await userEvent
      .setup()
      .type(card.getByLabelText('Internal deadline (university or office)'), '2027-04-20');
    expect(await card.findByRole('alert')).toHaveTextContent(
      'Not saved. This device is out of storage space. Free some disk space before you close the app, then try again. What you entered is not saved yet (it stays on screen).',
    );
  });
});

describe('forms and buttons whose write fails', () => {
  it('keep a new list’s name in the field until the list is saved', async () => {
    renderAt('/shortlists', [{ path: '/shortlists', element: <ShortlistsPage /> }]);
    const user = userEvent.setup();
    const name = await screen.findByLabelText('リスト名');
    storage.failWrites('shortlists');
    await user.type(name, 'B市 ワークショップ');
    await user.click(screen.getByRole('button', { name: 'リストを作成' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `保存できませんでした。${QUOTA_JA}${UNSAVED_JA}`,
    );
    expect(name).toHaveValue('B市 ワークショップ');
    expect(await db.shortlists.count()).toBe(0);

    storage.recover();
    await user.click(screen.getByRole('button', { name: 'リストを作成' }));
    await waitFor(() => expect(name).toHaveValue(''));
    expect((await db.shortlists.toArray()).map((l) => l.name)).toEqual(['B市 ワークショップ']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('say so next to a favourite that could not be stored, and leave it as it was', async () => {
    renderAt('/programs/coi-next', [{ path: '/programs/:id', element: <ProgramDetailPage /> }]);
    const button = await screen.findByRole('button', { name: /お気に入りに追加/ });
    await waitFor(() => expect(button).toBeEnabled());
    storage.failWrites('favourites');
    await userEvent.setup().click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(`保存できませんでした。${QUOTA_JA}`);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(await db.favourites.count()).toBe(0);
  });

  it('untick a list the program could not be added to, and say it was not saved', async () => {
    const listId = await shortlists.create('C社');
    renderAt('/', [
      { path: '/', element: <AddToShortlist program={{ id: 'coi-next', name: 'COI-NEXT' }} /> },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /リストに追加/ }));
    const box = await screen.findByRole('checkbox', { name: 'C社' });
    storage.failWrites('shortlistEntries');
    await user.click(box);
    expect(await screen.findByRole('alert')).toHaveTextContent(`保存できませんでした。${QUOTA_JA}`);
    await waitFor(() => expect(box).not.toBeChecked());
    expect(await db.shortlistEntries.where({ listId }).count()).toBe(0);
  });
});

describe('an export that fails', () => {
  it('says so in words, not with the storage layer’s message', async () => {
    renderAt('/', [
      {
        path: '/',
        element: (
          <ExportPanel
            kind="results"
            fileBaseName="検索結果"
            loadRows={() =>
              Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
            }
          />
        ),
      },
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: '書き出す' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`書き出せませんでした。${QUOTA_JA}`);
    expect(alert).not.toHaveTextContent('The quota has been exceeded');
  });
});

describe('a list file that cannot be stored', () => {
  it('changes nothing and says why, naming the file', async () => {
    const existing = await shortlists.create('自分のリスト');
    const file = buildShortlistFile(
      [
        { name: '同僚のリスト', entries: [] },
        {
          name: '二つ目',
          entries: [
            {
              programId: 'coi-next',
              programName: 'COI-NEXT',
              status: 'planned',
              note: '',
              deadline: null,
              reasons: [],
            },
          ],
        },
      ],
      embeddedCatalogVersion,
    );
    // The file arrives as in Electron: through the preload API, from the main process's dialog.
    const invoke = vi.fn().mockResolvedValue({
      status: 'opened',
      name: 'colleague.json',
      bytes: new TextEncoder().encode(JSON.stringify(file)),
    });
    Object.assign(window, { [PRELOAD_API_KEY]: createPreloadApi(invoke) });
    try {
      renderAt('/shortlists', [{ path: '/shortlists', element: <ShortlistsPage /> }]);
      storage.failWrites('shortlistEntries');
      await userEvent
        .setup()
        .click(await screen.findByRole('button', { name: 'リストのファイルを取り込む' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        `colleague.json を取り込めませんでした。何も変更していません。${QUOTA_JA}`,
      );
      expect((await db.shortlists.toArray()).map((l) => l.id)).toEqual([existing]);
      expect(await db.shortlistEntries.count()).toBe(0);
    } finally {
      delete (window as unknown as Record<string, unknown>)[PRELOAD_API_KEY];
    }
  });
});
