import { NaviDatabase } from '../../renderer/src/db/db';
import { ShortlistStore } from '../../renderer/src/db/shortlists-repository';
import { TeamSession, type CredentialStore } from '../../renderer/src/features/team/team-session';
import type { TeamConnection, TeamCredentials } from '../../shared/team/connection';
import { NodePouchDB } from './node-pouch';
import type { TeamTestServer } from './team-server';

let counter = 0;

/** The browser build's credential store: the page's memory, for the session only. */
export function memoryCredentials(): CredentialStore {
  let saved: TeamCredentials | null = null;
  return {
    load: async () => saved,
    save: async (credentials) => {
      saved = credentials;
      return { persisted: false, reloadRequired: false };
    },
    forget: async () => {
      saved = null;
    },
  };
}

export interface TeamClient {
  name: string;
  database: NaviDatabase;
  store: ShortlistStore;
  session: TeamSession;
  connection: TeamConnection;
  close(): Promise<void>;
}

/** One copy of the app: its own Dexie database (fake-indexeddb), local replica and session. */
export async function teamClient(
  server: TeamTestServer,
  team: string,
  username: string,
  password: string,
  options: {
    supportedVersion?: number;
    connect?: boolean;
    onWritten?: (id: string, rev: string) => void;
  } = {},
): Promise<TeamClient> {
  const id = `${username}-${++counter}-${Date.now()}`;
  const database = new NaviDatabase(`client-${id}`);
  await database.open();
  const store = new ShortlistStore(database);
  const session = new TeamSession({
    database,
    shortlists: store,
    loadPouchDB: async () => NodePouchDB,
    localAdapter: 'memory',
    autoCompaction: false,
    credentials: memoryCredentials(),
    backOff: (previous) => Math.min(400, previous ? previous * 2 : 50),
    replicaName: () => `client-replica-${id}`,
    ...(options.supportedVersion ? { supportedVersion: options.supportedVersion } : {}),
    ...(options.onWritten ? { onWritten: options.onWritten } : {}),
  });
  const connection: TeamConnection = { serverUrl: server.url, database: team, username };
  if (options.connect !== false) await session.connect(connection, password);
  return {
    name: username,
    database,
    store,
    session,
    connection,
    async close() {
      await session.disconnect().catch(() => {});
      await database.delete();
    },
  };
}

/** Polls until the condition holds; fails with the label after `timeout` ms (not a timing assertion). */
export async function waitFor(
  label: string,
  condition: () => Promise<boolean> | boolean,
  timeout = 20_000,
  explain: () => Promise<string> | string = () => '',
) {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for: ${label} ${await explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** What a person sees of the shared lists: names, entries and their fields, conflicts. */
export async function sharedView(client: TeamClient) {
  const lists = (await client.database.shortlists.where('sharing').equals('team').toArray())
    .map(({ id, name, conflict }) => ({ id, name, conflict: conflict ?? null }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set(lists.map((l) => l.id));
  const entries = (await client.database.shortlistEntries.toArray())
    .filter((e) => ids.has(e.listId))
    .map(({ id, status, note, deadline, position, conflict }) => ({
      id,
      status,
      note,
      deadline,
      position,
      conflict: conflict ?? null,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { lists, entries };
}

/** Every client online, its mirror caught up, and all showing the same shared data. */
export async function converged(clients: TeamClient[]) {
  await waitFor(
    'every client in sync',
    async () => {
      for (const c of clients) {
        await c.session.settled();
        if (c.session.getStatus().state !== 'online') return false;
      }
      const views = await Promise.all(clients.map((c) => sharedView(c).then((v) => JSON.stringify(v))));
      return views.every((v) => v === views[0]);
    },
    30_000,
    async () =>
      JSON.stringify(
        await Promise.all(
          clients.map(async (c) => ({
            client: c.name,
            status: c.session.getStatus(),
            view: await sharedView(c),
          })),
        ),
        null,
        1,
      ),
  );
}
