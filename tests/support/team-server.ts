import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { PouchStatic } from '../../renderer/src/features/team/pouch-types';
import { NodePouchDB } from './node-pouch';

const require = createRequire(import.meta.url);

export interface TeamTestServer {
  /** The URL clients use: a loopback proxy in front of the server, so tests can cut it off. */
  url: string;
  kind: 'pouchdb-server' | 'couchdb';
  addUser(name: string, password: string): Promise<void>;
  createTeam(database: string, members: string[]): Promise<void>;
  setMembers(database: string, members: string[]): Promise<void>;
  /** As if the server went away: stops listening and closes every open connection. */
  goOffline(): Promise<void>;
  /** Listens again on the same port; the data is still there. */
  goOnline(): Promise<void>;
  /** Documents in a database, read as the admin straight from the server. */
  allDocs(database: string): Promise<{ id: string; rev: string; doc: Record<string, unknown> }[]>;
  /** Writes a document as the admin, as another (possibly newer) copy of the app would. */
  put(database: string, doc: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export const ADMIN = { name: 'admin', password: 'team-test-admin' };

/**
 * A CouchDB for the tests. With COUCHDB_URL set (for example http://admin:secret@127.0.0.1:5984)
 * the tests run against that Apache CouchDB; otherwise PouchDB Server (express-pouchdb) is
 * started standalone on a free loopback port (mounted inside an Express 5 app it breaks
 * _changes), in memory. Either way the clients talk to it through a TCP proxy on loopback that
 * the tests can cut, which is how "the server stops mid-replication" is done for both.
 */
export async function startTeamServer(): Promise<TeamTestServer> {
  const couch = process.env.COUCHDB_URL;
  let backend: { origin: string; auth: string; close: () => Promise<void> };
  if (couch) {
    const url = new URL(couch);
    const auth = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    backend = { origin: url.origin, auth, close: async () => {} };
  } else {
    backend = await startPouchDBServer();
  }
  const proxy = await startCuttableProxy(new URL(backend.origin));
  const admin = async (method: string, pathName: string, body?: unknown) => {
    const response = await fetch(`${backend.origin}${pathName}`, {
      method,
      headers: { authorization: backend.auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok && !(method === 'PUT' && response.status === 409))
      throw new Error(`${method} ${pathName}: ${response.status} ${text}`);
    return JSON.parse(text || 'null') as unknown;
  };
  const setMembers = async (database: string, members: string[]) => {
    await admin('PUT', `/${database}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: members, roles: [] },
    });
  };
  return {
    url: proxy.url,
    kind: couch ? 'couchdb' : 'pouchdb-server',
    async addUser(name, password) {
      const id = `org.couchdb.user:${name}`;
      await admin('PUT', `/_users/${encodeURIComponent(id)}`, {
        _id: id,
        name,
        password,
        roles: [],
        type: 'user',
      });
    },
    async createTeam(database, members) {
      await admin('PUT', `/${database}`);
      await setMembers(database, members);
    },
    setMembers,
    goOffline: () => proxy.cut(),
    goOnline: () => proxy.restore(),
    async allDocs(database) {
      const result = (await admin('GET', `/${database}/_all_docs?include_docs=true`)) as {
        rows: { id: string; value: { rev: string }; doc: Record<string, unknown> }[];
      };
      return result.rows.map((row) => ({ id: row.id, rev: row.value.rev, doc: row.doc }));
    },
    async put(database, doc) {
      await admin('PUT', `/${database}/${encodeURIComponent(String(doc._id))}`, doc);
    },
    async close() {
      await proxy.close();
      await backend.close();
    },
  };
}

export async function startPouchDBServer(listenPort = 0) {
  const expressPouchDB = require('express-pouchdb') as (
    PouchDB: PouchStatic,
    options: Record<string, unknown>,
  ) => {
    listen(port: number, host: string, ready: () => void): Server;
    couchConfig: { set(section: string, key: string, value: string, done: () => void): void };
  };
  // The server's own storage is in memory; this `defaults` is the server's, never a client's.
  const ServerPouchDB = NodePouchDB.defaults({ adapter: 'memory', prefix: `server-${process.pid}-` });
  const app = expressPouchDB(ServerPouchDB, {
    inMemoryConfig: true,
    logPath: path.join(tmpdir(), `pouchdb-server-${process.pid}.log`),
    mode: 'fullCouchDB',
    overrideMode: { exclude: ['routes/fauxton', 'routes/http-log'] },
  });
  await new Promise<void>((resolve) => app.couchConfig.set('admins', ADMIN.name, ADMIN.password, resolve));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(listenPort, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    auth: `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A TCP proxy that can drop every connection and stop listening, then listen again on its port. */
async function startCuttableProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 80), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        server = s;
        resolve((s.address() as net.AddressInfo).port);
      });
    });
  const port = await listen(0);
  const cut = async () => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  return {
    url: `http://127.0.0.1:${port}/`,
    cut,
    restore: async () => {
      if (!server) await listen(port);
    },
    close: cut,
  };
}
