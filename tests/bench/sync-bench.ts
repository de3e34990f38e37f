// npm run bench:sync — how long a colleague's copy of the app takes to receive a team's lists,
// and one edit to reach it, beside the file route in the same run (export a list file, import it).
// Node: PouchDB Server (express-pouchdb, in memory) on loopback, each client with its own Dexie
// database (fake-indexeddb) and in-memory local replica, the mirror into Dexie included.
import 'fake-indexeddb/auto';
import { entryId } from '../../renderer/src/db/shortlists-repository';
import { NaviDatabase } from '../../renderer/src/db/db';
import { ShortlistStore } from '../../renderer/src/db/shortlists-repository';
import { buildShortlistFile, parseShortlistFile } from '../../shared/shortlist/shortlist-file';
import { teamClient, waitFor, type TeamClient } from '../support/team-clients';
import { startTeamServer } from '../support/team-server';
import { describeStats, fmt, stats } from './bench-stats';

const SIZES = (process.env.SIZES ?? '1000,10000').split(',').map(Number);
const PER_LIST = 1_000;
const EDITS = 20;
const PASSWORD = 'bench';

async function fillLists(client: TeamClient, entries: number): Promise<string[]> {
  const ids: string[] = [];
  const now = new Date().toISOString();
  for (let start = 0; start < entries; start += PER_LIST) {
    const listId = await client.store.create(`リスト ${start / PER_LIST + 1}`);
    ids.push(listId);
    const rows = Array.from({ length: Math.min(PER_LIST, entries - start) }, (_, i) => {
      const programId = `program-${String(start + i).padStart(6, '0')}`;
      return {
        id: entryId(listId, programId),
        listId,
        programId,
        programName: `バイオ関連の支援制度 ${start + i}（令和8年度）`,
        status: 'considering' as const,
        note: i % 3 === 0 ? '産学連携本部で打合せ予定。学内締切に注意。' : '',
        deadline: i % 5 === 0 ? '2027-04-20' : null,
        reasons: [],
        position: i + 1,
        addedAt: now,
        updatedAt: now,
      };
    });
    await client.database.shortlistEntries.bulkAdd(rows);
  }
  return ids;
}

/** Today's route: one colleague exports a list file, the other imports it. */
async function fileRoute(source: TeamClient, listIds: string[]) {
  const start = performance.now();
  const file = buildShortlistFile(await source.store.forFile(listIds), 'bench');
  const bytes = new TextEncoder().encode(JSON.stringify(file, null, 2));
  const exported = performance.now() - start;
  const target = new NaviDatabase(`bench-import-${Date.now()}`);
  await target.open();
  const importStart = performance.now();
  const parsed = parseShortlistFile('lists.json', bytes);
  if (!parsed.ok) throw new Error('bench file did not parse');
  await new ShortlistStore(target).importFile(parsed.file, (name, n) => `${name} (${n})`);
  const imported = performance.now() - importStart;
  const count = await target.shortlistEntries.count();
  await target.delete();
  return { exported, imported, total: exported + imported, count, megabytes: bytes.byteLength / 1e6 };
}

const server = await startTeamServer();
await server.addUser('aiko', PASSWORD);
await server.addUser('ben', PASSWORD);
console.log(`bench:sync against ${server.kind}, Node ${process.version}`);
const rows: string[] = [];
const summary: string[] = [];
for (const size of SIZES) {
  const team = `bench-${size}-${Date.now()}`;
  await server.createTeam(team, ['aiko', 'ben']);
  const aiko = await teamClient(server, team, 'aiko', PASSWORD);
  const listIds = await fillLists(aiko, size);
  for (const id of listIds) await aiko.session.share(id);
  await waitFor(
    'the server has every entry',
    async () => (await server.allDocs(team)).length === size + listIds.length,
    600_000,
  );

  const ben = await teamClient(server, team, 'ben', PASSWORD, { connect: false });
  const start = performance.now();
  await ben.session.connect(ben.connection, PASSWORD);
  let replicated = 0;
  await waitFor(
    'ben has every entry',
    async () => {
      if (!replicated && (await ben.session.replica?.info())?.doc_count === size + listIds.length)
        replicated = performance.now() - start;
      return (await ben.database.shortlistEntries.count()) === size;
    },
    600_000,
  );
  const received = performance.now() - start;
  console.log(
    `${size}: in the local replica after ${fmt(replicated / 1000)} s, shown (in Dexie) after ${fmt(received / 1000)} s`,
  );
  const file = await fileRoute(aiko, listIds);
  if (file.count !== size) throw new Error(`file route imported ${file.count} of ${size}`);

  rows.push(
    `| ${size.toLocaleString('en')} | ${fmt(received / 1000)} s (${Math.round(size / (received / 1000)).toLocaleString('en')}/s) | ${fmt(file.exported / 1000)} s + ${fmt(file.imported / 1000)} s = ${fmt(file.total / 1000)} s (${file.megabytes.toFixed(1)} MB) |`,
  );
  summary.push(
    `${size / 1000}k received in ${fmt(received / 1000)} s (file route ${fmt(file.total / 1000)} s)`,
  );

  if (size === SIZES[0]) {
    // One edit at a time while both are online: from Aiko's write to Ben's Dexie showing it.
    await waitFor(
      'both online',
      () => aiko.session.getStatus().state === 'online' && ben.session.getStatus().state === 'online',
    );
    const times: number[] = [];
    const listId = listIds[0]!;
    for (let i = 0; i < EDITS; i++) {
      const programId = `program-${String(i * 7).padStart(6, '0')}`;
      const note = `編集 ${i} ${Date.now()}`;
      const editStart = performance.now();
      await aiko.store.update(listId, programId, { note });
      await waitFor(
        'edit arrives',
        async () => (await ben.database.shortlistEntries.get(entryId(listId, programId)))?.note === note,
        60_000,
      );
      times.push(performance.now() - editStart);
    }
    const one = await fileRoute(aiko, [listId]);
    const s = stats(times);
    rows.push(
      `| one edit, both online (${EDITS} edits) | ${describeStats(s)} | one list of ${PER_LIST.toLocaleString('en')} by file: ${fmt(one.total)} ms |`,
    );
    summary.push(`one edit p50 ${fmt(s.p50)} ms (file route for its list ${fmt(one.total)} ms)`);
  }
  await ben.close();
  await aiko.close();
}
await server.close();
console.log('\n| entries | second client receives them (sync) | baseline: export + import a list file |');
console.log('| --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\nsync: ${summary.join('; ')}`);
process.exit(0);
