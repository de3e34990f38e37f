import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_STATUSES } from '../../shared/shortlist/shortlist';
import { openRemote } from '../../renderer/src/features/team/team-replication';
import { NodePouchDB } from '../support/node-pouch';
import { converged, teamClient, type TeamClient } from '../support/team-clients';
import { startTeamServer, type TeamTestServer } from '../support/team-server';

const PASSWORD = 'correct horse';
const SEED = Number(process.env.TEAM_RANDOM_SEED ?? 20261202);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const EDITS_PER_ROUND = 24;
const PROGRAMS = Array.from({ length: 10 }, (_, i) => ({ id: `program-${i}`, name: `制度 ${i}` }));

/** mulberry32: a small seeded generator, so a failure can be replayed with TEAM_RANDOM_SEED. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LeafDoc {
  _rev: string;
  _deleted?: boolean;
  _revisions: { start: number; ids: string[] };
}
interface RawRemote {
  get(id: string, options: { open_revs: 'all'; revs: true }): Promise<{ ok?: LeafDoc }[]>;
  get(id: string, options: { rev: string }): Promise<Record<string, unknown>>;
}

let server: TeamTestServer;
beforeAll(async () => {
  server = await startTeamServer();
  for (const user of ['aiko', 'ben', 'chie']) await server.addUser(user, PASSWORD);
}, 30_000);
afterAll(async () => {
  await server.close();
});

describe('three replicas, random edits and partitions', () => {
  it(`end identical with no acknowledged edit lost (seed ${SEED})`, async () => {
    const rand = random(SEED);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
    const team = `random-${process.pid}`;
    await server.createTeam(team, ['aiko', 'ben', 'chie']);
    /** Every revision a client's write was acknowledged with, by document. */
    const acknowledged: { id: string; rev: string; by: string }[] = [];
    const clients: TeamClient[] = [];
    for (const user of ['aiko', 'ben', 'chie'])
      clients.push(
        await teamClient(server, team, user, PASSWORD, {
          onWritten: (id, rev) => acknowledged.push({ id, rev, by: user }),
        }),
      );
    const [aiko] = clients;
    const listId = await aiko!.store.create('ランダム');
    for (const p of PROGRAMS.slice(0, 5)) await aiko!.store.add(listId, p);
    await aiko!.session.share(listId);
    await converged(clients);

    let applied = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // A random partition: each client is cut off or connected for this round.
      for (const c of clients) {
        if (rand() < 0.5) await c.session.pause();
        else await c.session.resume();
      }
      for (let edit = 0; edit < EDITS_PER_ROUND; edit++) {
        const c = pick(clients);
        const present = await c.database.shortlistEntries.where('listId').equals(listId).toArray();
        const roll = rand();
        try {
          if (roll < 0.15 || present.length === 0) {
            await c.store.add(listId, pick(PROGRAMS));
          } else if (roll < 0.25) {
            await c.store.remove(listId, pick(present).programId);
          } else if (roll < 0.6) {
            await c.store.update(listId, pick(present).programId, { note: `${c.name} r${round} e${edit}` });
          } else if (roll < 0.85) {
            await c.store.update(listId, pick(present).programId, { status: pick(ENTRY_STATUSES) });
          } else {
            const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
            await c.store.update(listId, pick(present).programId, { deadline: `2027-05-${day}` });
          }
          applied++;
        } catch {
          // An entry a colleague's change just removed from under this one: not acknowledged.
        }
      }
    }
    for (const c of clients) await c.session.resume();
    await converged(clients);

    expect(applied).toBeGreaterThan(ROUNDS * EDITS_PER_ROUND * 0.8);
    expect(acknowledged.length).toBeGreaterThan(applied * 0.8);
    // Every acknowledged revision is in the server's revision tree: the current version, a
    // version shown in a conflict, or one that a later edit built on. None was dropped.
    const remote = openRemote(NodePouchDB, `${server.url}${team}`, 'aiko', PASSWORD) as unknown as RawRemote;
    const ackedRevs = new Set(acknowledged.map((a) => a.rev));
    const shown = await clients[0]!.database.shortlistEntries.toArray();
    const silentlyDropped: string[] = [];
    for (const id of new Set(acknowledged.map((a) => a.id))) {
      const leaves = await remote.get(id, { open_revs: 'all', revs: true });
      const histories = leaves.flatMap((leaf) => (leaf.ok ? [leaf.ok] : []));
      const ancestry = (doc: LeafDoc) =>
        doc._revisions.ids.map((hash, i) => `${doc._revisions.start - i}-${hash}`);
      const entry = shown.find((e) => `entry:${e.id}` === id);
      const shownVersions = entry ? [entry, ...(entry.conflict?.versions ?? [])] : [];
      for (const { rev, by } of acknowledged.filter((a) => a.id === id)) {
        const below = histories.filter((leaf) => ancestry(leaf).includes(rev));
        if (below.length === 0) {
          silentlyDropped.push(`${id} ${rev}: not in the revision tree`);
          continue;
        }
        // Built on by a person (an edit, a removal, a resolution) or still shown: kept.
        if (below.some((leaf) => !leaf._deleted || ackedRevs.has(leaf._rev))) continue;
        // Only ended by the mirror's settling of identical versions: the same content is shown.
        // Replication carries only the leaves' bodies: the writer's own replica has this one.
        const writer = clients.find((c) => c.name === by)!.session.replica!;
        const version = await writer.get(id, { rev });
        const same = shownVersions.some(
          (v) => v.note === version.note && v.status === version.status && v.deadline === version.deadline,
        );
        if (!same) silentlyDropped.push(`${id} ${rev}: settled without a person`);
      }
    }
    expect(silentlyDropped).toEqual([]);
    for (const c of clients) await c.close();
  }, 120_000);
});
