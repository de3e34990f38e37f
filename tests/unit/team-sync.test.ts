import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { entryId } from '../../renderer/src/db/shortlists-repository';
import type { WizardVerdict } from '../../shared/shortlist/shortlist';
import { converged, sharedView, teamClient, waitFor, type TeamClient } from '../support/team-clients';
import { startTeamServer, type TeamTestServer } from '../support/team-server';

const COI = { id: 'coi-next', name: '共創の場形成支援プログラム（COI-NEXT）' };
const BIOMASS = { id: 'biomass-local-production', name: 'バイオマス地産地消' };
const PASSWORD = 'correct horse';

let server: TeamTestServer;
const clients: TeamClient[] = [];
let teamCount = 0;

beforeAll(async () => {
  server = await startTeamServer();
  for (const user of ['aiko', 'ben', 'chie', 'outsider']) await server.addUser(user, PASSWORD);
}, 30_000);
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

/** A fresh team database with these members, and a connected client for each. */
async function team(...members: string[]) {
  const name = `team-${process.pid}-${++teamCount}`;
  await server.createTeam(name, members);
  const connected = await Promise.all(members.map((m) => teamClient(server, name, m, PASSWORD)));
  clients.push(...connected);
  await waitFor('connected', () => connected.every((c) => c.session.getStatus().state === 'online'));
  return { name, clients: connected };
}

async function sharedList(owner: TeamClient, name: string, programs = [COI, BIOMASS]) {
  const id = await owner.store.create(name);
  for (const p of programs) await owner.store.add(id, p);
  await owner.session.share(id);
  return id;
}

// Each test replicates through a real HTTP server; on a loaded two-core machine that can take
// several seconds, so each has 30 s rather than the default 5.
const REPLICATION_TIMEOUT = 30_000;

describe(`team replication (${process.env.COUCHDB_URL ? 'Apache CouchDB' : 'PouchDB Server'})`, () => {
  it(
    'replicates a shared list both ways, and edits made offline converge after reconnecting',
    async () => {
      const {
        clients: [aiko, ben],
      } = await team('aiko', 'ben');
      const personal = await aiko!.store.create('個人のメモ');
      const listId = await sharedList(aiko!, 'A大学 URA 2027');
      await converged([aiko!, ben!]);
      expect((await ben!.database.shortlists.get(listId))?.name).toBe('A大学 URA 2027');
      expect(await ben!.database.shortlists.get(personal)).toBeUndefined();
      expect(await ben!.database.shortlistEntries.where('listId').equals(listId).count()).toBe(2);

      await aiko!.session.pause();
      await ben!.session.pause();
      await aiko!.store.update(listId, COI.id, { note: '学内締切は4/20', deadline: '2027-04-20' });
      await ben!.store.update(listId, BIOMASS.id, { status: 'planned' });
      await ben!.store.add(listId, { id: 'sip', name: 'SIP' });
      // Offline: each sees only its own edits.
      await aiko!.session.settled();
      expect((await aiko!.database.shortlistEntries.get(entryId(listId, BIOMASS.id)))?.status).toBe(
        'considering',
      );

      await aiko!.session.resume();
      await ben!.session.resume();
      await converged([aiko!, ben!]);
      const view = await sharedView(aiko!);
      expect(view.entries.map((e) => [e.id.split('|')[1], e.status, e.note])).toEqual([
        [BIOMASS.id, 'planned', ''],
        [COI.id, 'considering', '学内締切は4/20'],
        ['sip', 'considering', ''],
      ]);
      expect(view.entries.every((e) => e.conflict === null)).toBe(true);
    },
    REPLICATION_TIMEOUT,
  );

  it(
    'shows a conflict with both versions, who and when, until a person resolves it, then both replicas agree',
    async () => {
      const {
        clients: [aiko, ben],
      } = await team('aiko', 'ben');
      const listId = await sharedList(aiko!, '共有リスト');
      await converged([aiko!, ben!]);
      await aiko!.session.pause();
      await ben!.session.pause();
      await aiko!.store.update(listId, COI.id, { note: 'Aiko: 申請書は6月', status: 'planned' });
      await ben!.store.update(listId, COI.id, { note: 'Ben: 今年は見送り', status: 'declined' });
      await aiko!.session.resume();
      await ben!.session.resume();
      await converged([aiko!, ben!]);

      const id = entryId(listId, COI.id);
      const marked = (await aiko!.database.shortlistEntries.get(id))!;
      expect(marked.conflict?.versions).toHaveLength(2);
      const versions = marked.conflict!.versions.map((v) => ({
        by: v.updatedBy,
        note: v.note,
        status: v.status,
      }));
      expect(versions).toEqual(
        expect.arrayContaining([
          { by: 'aiko', note: 'Aiko: 申請書は6月', status: 'planned' },
          { by: 'ben', note: 'Ben: 今年は見送り', status: 'declined' },
        ]),
      );
      expect(marked.conflict!.versions.every((v) => !Number.isNaN(Date.parse(v.updatedAt)))).toBe(true);
      // The shown value is the winner's, and the other is not lost: both are in the conflict.
      expect([marked.note]).toContain(marked.conflict!.versions[0]!.note);

      await ben!.store.resolveConflict(listId, COI.id, {
        note: 'Aiko: 申請書は6月\nBen: 今年は見送り',
        status: 'planned',
        deadline: null,
      });
      await converged([aiko!, ben!]);
      const resolved = (await aiko!.database.shortlistEntries.get(id))!;
      expect(resolved.conflict).toBeUndefined();
      expect(resolved.note).toBe('Aiko: 申請書は6月\nBen: 今年は見送り');
      expect(resolved.updatedBy).toBe('ben');
      const onServer = (await server.allDocs(aiko!.connection.database)).find((d) => d.id === `entry:${id}`);
      expect(onServer?.doc.note).toBe(resolved.note);
    },
    REPLICATION_TIMEOUT,
  );

  it(
    'propagates a deleted shared list to the other client, and undo brings it back for both',
    async () => {
      const {
        clients: [aiko, ben],
      } = await team('aiko', 'ben');
      const listId = await sharedList(aiko!, '消すリスト');
      await converged([aiko!, ben!]);
      const deleted = await ben!.store.delete(listId);
      await converged([aiko!, ben!]);
      expect(await aiko!.database.shortlists.get(listId)).toBeUndefined();
      expect(await aiko!.database.shortlistEntries.where('listId').equals(listId).count()).toBe(0);

      await ben!.store.restore(deleted!);
      await converged([aiko!, ben!]);
      expect((await aiko!.database.shortlists.get(listId))?.name).toBe('消すリスト');
      expect(await aiko!.database.shortlistEntries.where('listId').equals(listId).count()).toBe(2);
    },
    REPLICATION_TIMEOUT,
  );

  it(
    'gives colleagues a wizard result’s group and every reason, whether the list was shared with them or they were added later',
    async () => {
      const {
        clients: [aiko, ben],
      } = await team('aiko', 'ben');
      const wizard: WizardVerdict = {
        group: 'check',
        reasons: [
          { criterion: 'org', verdict: 'matched', code: 'org-stated', params: { type: 'university' } },
          {
            criterion: 'region',
            verdict: 'info',
            code: 'region-not-stated',
            params: { prefecture: '大阪府' },
          },
        ],
      };
      // Added from a result before sharing, and added to the shared list afterwards.
      const listId = await aiko!.store.create('A大学の候補');
      await aiko!.store.add(listId, COI, wizard);
      await aiko!.session.share(listId);
      await aiko!.store.add(listId, BIOMASS, { ...wizard, group: 'eligible' });
      await converged([aiko!, ben!]);
      const entries = await ben!.database.shortlistEntries.where('listId').equals(listId).sortBy('position');
      expect(entries.map((e) => [e.programId, e.wizardGroup, e.reasons.map((r) => r.verdict)])).toEqual([
        [COI.id, 'check', ['matched', 'info']],
        [BIOMASS.id, 'eligible', ['matched', 'info']],
      ]);
    },
    REPLICATION_TIMEOUT,
  );
});
