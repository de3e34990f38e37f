import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { entryId } from '../../renderer/src/db/shortlists-repository';
import { SharedListUnavailableError } from '../../renderer/src/db/shared-list-writer';
import { openRemote } from '../../renderer/src/features/team/team-replication';
import { TEAM_DATA_VERSION } from '../../shared/team/team-docs';
import { NodePouchDB } from '../support/node-pouch';
import { converged, teamClient, waitFor, type TeamClient } from '../support/team-clients';
import { startTeamServer, type TeamTestServer } from '../support/team-server';

const COI = { id: 'coi-next', name: 'COI-NEXT' };
const PASSWORD = 'correct horse';

let server: TeamTestServer;
const clients: TeamClient[] = [];
let teamCount = 0;

beforeAll(async () => {
  server = await startTeamServer();
  for (const user of ['aiko', 'ben', 'outsider']) await server.addUser(user, PASSWORD);
}, 30_000);
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await server.goOnline();
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function newTeam(members: string[]) {
  const name = `failures-${process.pid}-${++teamCount}`;
  await server.createTeam(name, members);
  return name;
}
async function client(team: string, user: string, password = PASSWORD, options = {}) {
  const c = await teamClient(server, team, user, password, options);
  clients.push(c);
  return c;
}
async function sharedListOf(owner: TeamClient, size: number) {
  const id = await owner.store.create('大きなリスト');
  const programs = Array.from({ length: size }, (_, i) => ({
    id: `p-${String(i).padStart(5, '0')}`,
    name: `制度 ${i}`,
  }));
  await owner.database.transaction('rw', owner.database.shortlistEntries, async () => {
    for (const [i, p] of programs.entries())
      await owner.database.shortlistEntries.add({
        id: entryId(id, p.id),
        listId: id,
        programId: p.id,
        programName: p.name,
        status: 'considering',
        note: '',
        deadline: null,
        reasons: [],
        position: i + 1,
        addedAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      });
  });
  await owner.session.share(id);
  return id;
}

describe('team replication when things go wrong', () => {
  it('refuses a non-member and a wrong password with a reason, and writes nothing', async () => {
    const team = await newTeam(['aiko']);
    const outsider = await client(team, 'outsider');
    await waitFor('refused', () => outsider.session.getStatus().state === 'removed');
    expect(outsider.session.getStatus().problem).toBe('not-member');
    const wrong = await client(team, 'aiko', 'wrong password');
    await waitFor('refused', () => wrong.session.getStatus().state === 'refused');
    expect(wrong.session.getStatus().problem).toBe('bad-credentials');
    const missing = await client(`${team}-missing`, 'aiko');
    await waitFor('refused', () => missing.session.getStatus().state === 'refused');
    expect(missing.session.getStatus().problem).toBe('no-database');
    expect(await server.allDocs(team)).toEqual([]);
  }, 30_000);

  it('resumes after the server goes away mid-replication: nothing lost, nothing twice', async () => {
    const team = await newTeam(['aiko', 'ben']);
    const aiko = await client(team, 'aiko');
    const listId = await sharedListOf(aiko, 1200);
    await converged([aiko]);
    const ben = await client(team, 'ben', PASSWORD, { connect: false });
    await ben.session.connect(ben.connection, PASSWORD);
    await waitFor(
      'ben has some entries',
      async () => (await ben.database.shortlistEntries.count()) > 0,
      30_000,
    );
    await server.goOffline();
    const partial = await ben.database.shortlistEntries.count();
    await waitFor('ben sees the server gone', () => ben.session.getStatus().state === 'offline');
    await server.goOnline();
    await converged([aiko, ben]);
    expect(partial).toBeLessThan(1200);
    expect(await ben.database.shortlistEntries.where('listId').equals(listId).count()).toBe(1200);
    const onServer = await server.allDocs(team);
    expect(onServer).toHaveLength(1201);
    // Every document is at its first revision everywhere: nothing was written twice.
    expect(onServer.every((d) => d.rev.startsWith('1-'))).toBe(true);
  }, 60_000);

  it('a replication cut off midway restarts from its checkpoint, not from the beginning', async () => {
    const team = await newTeam(['aiko']);
    const aiko = await client(team, 'aiko');
    await sharedListOf(aiko, 600);
    await converged([aiko]);
    const remote = openRemote(NodePouchDB, `${server.url}${team}`, 'aiko', PASSWORD);
    const local = new NodePouchDB(`checkpoint-${process.pid}`, { adapter: 'memory' });
    const first = NodePouchDB.replicate(remote, local, { batch_size: 100 });
    let cut = false;
    first.on('change', () => {
      if (!cut) {
        cut = true;
        server.goOffline().catch(() => {});
      }
    });
    await expect(first).rejects.toBeTruthy();
    const afterCut = (await local.info()).doc_count;
    await server.goOnline();
    const second = await NodePouchDB.replicate(remote, local, { batch_size: 100 });
    expect(afterCut).toBeGreaterThan(0);
    expect(second.docs_read).toBeLessThanOrEqual(601 - afterCut + 100);
    expect((await local.info()).doc_count).toBe(601);
    await local.destroy();
  }, 60_000);

  it('a member removed from the team keeps the shared lists, marked as no longer shared', async () => {
    const team = await newTeam(['aiko', 'ben']);
    const aiko = await client(team, 'aiko');
    const ben = await client(team, 'ben');
    const listId = await aiko.store.create('共有');
    await aiko.store.add(listId, COI);
    await aiko.session.share(listId);
    await converged([aiko, ben]);
    await ben.store.update(listId, COI.id, { note: 'ベンのメモ' });
    await converged([aiko, ben]);
    await server.setMembers(team, ['aiko']);
    await ben.store.update(listId, COI.id, { note: 'ベンのメモ（追記）' });
    await waitFor('ben removed', () => ben.session.getStatus().state === 'removed');
    expect(ben.session.getStatus().problem).toBe('not-member');
    const kept = await ben.database.shortlists.get(listId);
    expect(kept?.sharing).toBe('left-team');
    expect((await ben.database.shortlistEntries.get(entryId(listId, COI.id)))?.note).toBe(
      'ベンのメモ（追記）',
    );
    // Now a personal list: edits stay on Ben's machine.
    await ben.store.update(listId, COI.id, { status: 'declined' });
    expect((await ben.database.shortlistEntries.get(entryId(listId, COI.id)))?.status).toBe('declined');
  }, 30_000);

  it('a copy of the app older than the team data stops writing to the team', async () => {
    const team = await newTeam(['aiko', 'ben']);
    const ben = await client(team, 'ben');
    const listId = await ben.store.create('共有');
    await ben.store.add(listId, COI);
    await ben.session.share(listId);
    await converged([ben]);
    // A newer app wrote a document with fields this version does not know.
    await server.put(team, {
      _id: `entry:${listId}|sip`,
      type: 'entry',
      v: TEAM_DATA_VERSION + 1,
      listId,
      programId: 'sip',
      budgetMemo: { planned: 1200 },
    });
    await waitFor('ben needs an update', () => ben.session.getStatus().state === 'needs-update');
    await expect(ben.store.update(listId, COI.id, { note: '書けないはず' })).rejects.toBeInstanceOf(
      SharedListUnavailableError,
    );
    const onServer = (await server.allDocs(team)).find((d) => d.id === `entry:${listId}|${COI.id}`);
    expect(onServer?.doc.note).toBe('');
  }, 30_000);

  it('a catalog pack published to the team arrives byte for byte at a colleague', async () => {
    const team = await newTeam(['aiko', 'ben']);
    const aiko = await client(team, 'aiko');
    const ben = await client(team, 'ben');
    const bytes = new TextEncoder().encode(JSON.stringify({ format: 'pack', text: '日本語とバイト' }));
    await aiko.session.publishPack('catalog-2027.04.01-1.json', bytes, {
      catalogVersion: '2027.04.01-1',
      asOf: '2027-04-01',
    });
    await converged([aiko, ben]);
    await waitFor('pack row', async () => Boolean(await ben.database.team.get('pack')));
    expect(await ben.database.team.get('pack')).toMatchObject({
      catalogVersion: '2027.04.01-1',
      publishedBy: 'aiko',
      fileName: 'catalog-2027.04.01-1.json',
    });
    const received = await ben.session.readPack();
    expect(received?.name).toBe('catalog-2027.04.01-1.json');
    expect(Buffer.from(received!.bytes).equals(Buffer.from(bytes))).toBe(true);
  }, 30_000);
});
