import { describe, expect, it } from 'vitest';
import {
  guardConnection,
  onUpgradeBlocked,
  type ConnectionLoss,
} from '../../renderer/src/db/connection-guard';
import { NaviDatabase } from '../../renderer/src/db/db';

function openRaw(name: string, version?: number): Promise<{ db: IDBDatabase; blocked: boolean }> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    const request = indexedDB.open(name, version);
    request.onblocked = () => (blocked = true);
    request.onsuccess = () => resolve({ db: request.result, blocked });
    request.onerror = () => reject(request.error);
  });
}

async function guarded(name: string) {
  const database = new NaviDatabase(name);
  const losses: ConnectionLoss[] = [];
  guardConnection(database, (why) => losses.push(why));
  await database.favourites.add({ programId: 'coi-next', addedAt: '2026-12-01T00:00:00.000Z' });
  return { database, losses };
}

describe('a window that loses its database stops and says so', () => {
  it('lets another window upgrade at once, and never reopens to fail later', async () => {
    const { database, losses } = await guarded('guard-upgrade');
    // A newer version of the app in another window: Dexie multiplies versions by 10.
    const newer = await openRaw('guard-upgrade', database.verno * 10 + 10);
    expect(newer.blocked).toBe(false);
    expect(losses).toEqual(['upgraded']);
    expect(database.isOpen()).toBe(false);
    await expect(database.favourites.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    newer.db.close();
  });

  it('says the data was deleted elsewhere rather than quietly making an empty database', async () => {
    const { database, losses } = await guarded('guard-delete');
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('guard-delete');
      request.onsuccess = resolve;
      request.onerror = reject;
    });
    expect(losses).toEqual(['deleted']);
    await expect(database.favourites.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('guard-delete');
  });

  it('stays closed after the browser closes the connection (a full disk), where Dexie would reopen', async () => {
    const { database, losses } = await guarded('guard-closed');
    // What Chromium does after a write meets a full disk: the connection's close event.
    database.backendDB().onclose!(new Event('close'));
    expect(losses).toEqual(['closed']);
    await expect(database.favourites.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('keeps any database object, a worker’s included, from reopening after such a close', async () => {
    const database = new NaviDatabase('guard-worker');
    await database.favourites.count();
    database.backendDB().onclose!(new Event('close'));
    await expect(database.favourites.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('says so while an older window holds the database, and goes on once it lets go', async () => {
    // An old window that ignores the request to close (Dexie's own default closes; raw code may not).
    const old = await openRaw('guard-blocked', 10);
    old.db.onversionchange = null;
    const database = new NaviDatabase('guard-blocked');
    let blocked = 0;
    onUpgradeBlocked(database, () => blocked++);
    const opening = database.open();
    await expect.poll(() => blocked).toBe(1);
    old.db.close();
    await opening;
    expect(database.verno).toBeGreaterThan(1);
  });
});
