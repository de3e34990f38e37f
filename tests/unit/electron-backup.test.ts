// Automatic backups against a real temporary folder: atomic writes (a crash between writing and
// renaming leaves the previous backup as the newest), a damaged newest backup passed over, the
// kept set (ten latest, one a day for thirty days), and the IPC channel that carries them.
import * as fs from 'node:fs/promises';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsToKeep, createBackupStore, type BackupFs } from '../../electron/main/backup';
import { IpcRejection, registerIpcHandlers } from '../../electron/main/ipc-handlers';
import { IPC } from '../../shared/ipc/channels';
import { buildUserDataFile, MAX_USER_DATA_BYTES } from '../../shared/user-data/user-data-file';
import type { UserDataRows } from '../../shared/user-data/user-data-tables';

const tables = (listName: string): UserDataRows => ({
  shortlists: [{ id: 'l1', name: listName, position: 1, createdAt: 'x', updatedAt: 'x' }],
  shortlistEntries: [],
  favourites: [{ programId: 'coi-next', addedAt: '2026-12-01T00:00:00.000Z' }],
  profiles: [],
  notes: [],
  recentViews: [{ programId: 'coi-next', viewedAt: '2026-12-01T01:00:00.000Z' }],
});
const backupOf = (listName: string) =>
  JSON.stringify(buildUserDataFile(tables(listName), { appVersion: '0.1.0', catalogVersion: 'c' }));
const listIn = (data: string) => (JSON.parse(data) as { tables: UserDataRows }).tables.shortlists[0]!.name;

let dir: string;
beforeEach(() => (dir = path.join(mkdtempSync(path.join(tmpdir(), 'backups-')), 'backups')));
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

function clock(start = '2026-12-02T09:00:00.000Z') {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance: (ms: number) => (time += ms),
  };
}

describe('automatic backups in a real folder', () => {
  it('writes through a temporary file, flushed before the rename, and reads the newest back', async () => {
    const calls: string[] = [];
    const spy: BackupFs = {
      ...fs,
      open: async (file, flags) => {
        calls.push(`open ${path.basename(file)}`);
        const handle = await fs.open(file, flags);
        return {
          writeFile: async (data, encoding) => (calls.push('write'), handle.writeFile(data, encoding)),
          sync: async () => (calls.push('sync'), handle.sync()),
          close: async () => (calls.push('close'), handle.close()),
        };
      },
      rename: async (from, to) => (calls.push(`rename → ${path.basename(to)}`), fs.rename(from, to)),
    };
    const store = createBackupStore({ dir, fs: spy, now: clock().now });
    const saved = await store.save(backupOf('A大学 URA'));
    expect(calls).toEqual([
      'open backup-2026-12-02T09-00-00-000Z.json.tmp',
      'write',
      'sync',
      'close',
      'rename → backup-2026-12-02T09-00-00-000Z.json',
    ]);
    expect(saved.savedAt).toBe('2026-12-02T09:00:00.000Z');
    expect(readdirSync(dir)).toEqual(['backup-2026-12-02T09-00-00-000Z.json']);
    const newest = await store.newest();
    expect(newest?.savedAt).toBe('2026-12-02T09:00:00.000Z');
    expect(listIn(newest!.data)).toBe('A大学 URA');
  });

  it('after a crash between writing and renaming, the previous backup is the newest, and the leftover goes', async () => {
    const time = clock();
    await createBackupStore({ dir, fs, now: time.now }).save(backupOf('前のリスト'));
    time.advance(60_000);
    // The process dies after the flush, before the rename.
    const crashing = createBackupStore({
      dir,
      fs: {
        ...fs,
        rename: async () => {
          throw new Error('killed');
        },
      },
      now: time.now,
    });
    await expect(crashing.save(backupOf('書きかけのリスト'))).rejects.toThrow('killed');
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(true);

    const store = createBackupStore({ dir, fs, now: time.now });
    expect(listIn((await store.newest())!.data)).toBe('前のリスト');
    time.advance(60_000);
    await store.save(backupOf('次のリスト'));
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(listIn((await store.newest())!.data)).toBe('次のリスト');
  });

  it('passes over a damaged newest backup (cut short, not JSON, not ours) for the one before', async () => {
    const time = clock();
    const store = createBackupStore({ dir, fs, now: time.now });
    await store.save(backupOf('無事なリスト'));
    const good = readdirSync(dir)[0]!;
    for (const [minute, content] of [
      ['01', backupOf('切れたリスト').slice(0, 200)],
      ['02', '\u0000\u0000\u0000'],
      ['03', JSON.stringify({ format: 'shien-menu-navi/shortlists', lists: [] })],
    ] as const)
      writeFileSync(path.join(dir, `backup-2026-12-02T09-${minute}-00-000Z.json`), content);
    const newest = await store.newest();
    expect(newest?.file).toBe(path.join(dir, good));
    expect(listIn(newest!.data)).toBe('無事なリスト');
  });

  it('refuses to write anything that is not a user-data file', async () => {
    const store = createBackupStore({ dir, fs, now: clock().now });
    await expect(store.save('{"format":"shien-menu-navi/user-data","tables":{"x":[]}}')).rejects.toThrow();
    await expect(store.save('not json')).rejects.toThrow();
    await expect(fs.readdir(dir)).rejects.toThrow(); // not even the folder
  });

  it('keeps the latest ten and one a day for thirty days', async () => {
    let now = new Date();
    const store = createBackupStore({ dir, fs, now: () => now });
    // Forty days, three saves a day (9:00, 12:00, 18:00 on the machine's clock).
    for (let day = 0; day < 40; day++)
      for (const hour of [9, 12, 18]) {
        now = new Date(2026, 9, 1 + day, hour);
        await store.save(backupOf(`day ${day} ${hour}`));
      }
    const kept = await Promise.all(
      readdirSync(dir).map(async (name) => listIn(await fs.readFile(path.join(dir, name), 'utf8'))),
    );
    const evenings = Array.from({ length: 30 }, (_, i) => `day ${10 + i} 18`);
    const latest = ['day 37 9', 'day 37 12', 'day 38 9', 'day 38 12', 'day 39 9', 'day 39 12'];
    expect(kept.sort()).toEqual([...evenings, ...latest].sort());
    expect(listIn((await store.newest())!.data)).toBe('day 39 18');
  });

  it('counts days as the machine’s calendar does, and never drops the newest ten', () => {
    const names = Array.from(
      { length: 12 },
      (_, i) => `backup-2026-12-02T09-00-${String(59 - i).padStart(2, '0')}-000Z.json`,
    );
    const keep = backupsToKeep(names, new Date('2026-12-02T10:00:00.000Z'));
    expect(keep.size).toBe(10);
    expect(keep.has(names[0]!)).toBe(true);
    expect(keep.has(names[11]!)).toBe(false);
  });
});

describe('the backup IPC channel', () => {
  function channel() {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
    const store = createBackupStore({ dir, fs, now: clock().now });
    registerIpcHandlers({
      ipcMain: { handle: (name: string, handler: never) => handlers.set(name, handler) },
      backups: store,
      // The other channels' dependencies are not used by these tests.
      team: { store: {}, servedOrigin: () => null },
    } as never);
    const mainFrame = { url: 'app://bundle/index.html' };
    const app = { sender: { mainFrame }, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
    const other = { url: 'https://evil.example/' };
    const stranger = { sender: { mainFrame: other }, senderFrame: other } as unknown as IpcMainInvokeEvent;
    return {
      call: (event: IpcMainInvokeEvent, ...args: unknown[]) => handlers.get(IPC.backup)!(event, ...args),
      app,
      stranger,
    };
  }

  it('saves and reads back for the app itself', async () => {
    const { call, app } = channel();
    await expect(call(app, { op: 'newest' })).resolves.toEqual({ op: 'newest', folder: dir, backup: null });
    await expect(call(app, { op: 'save', data: backupOf('A') })).resolves.toEqual({
      op: 'saved',
      savedAt: '2026-12-02T09:00:00.000Z',
    });
    const newest = (await call(app, { op: 'newest' })) as { backup: { data: string } };
    expect(listIn(newest.backup.data)).toBe('A');
  });

  it('refuses other senders, unknown operations, extra fields and anything over the size limit', async () => {
    const { call, app, stranger } = channel();
    await expect(call(stranger, { op: 'newest' })).rejects.toBeInstanceOf(IpcRejection);
    for (const bad of [
      { op: 'delete' },
      { op: 'newest', path: '/etc' },
      { op: 'save' },
      { op: 'save', data: 'x'.repeat(MAX_USER_DATA_BYTES + 1) },
    ])
      await expect(call(app, bad)).rejects.toBeInstanceOf(IpcRejection);
    await expect(call(app, { op: 'save', data: '{"__proto__":{"polluted":1}}' })).rejects.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await expect(fs.readdir(dir)).rejects.toThrow();
  });
});
