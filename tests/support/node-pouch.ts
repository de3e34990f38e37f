// @ts-expect-error -- PouchDB ships no types; the part used is typed in pouch-types.ts
import PouchDB from 'pouchdb-core';
// @ts-expect-error -- as above
import http from 'pouchdb-adapter-http';
// @ts-expect-error -- as above
import memory from 'pouchdb-adapter-memory';
// @ts-expect-error -- as above
import replication from 'pouchdb-replication';
import type { PouchStatic } from '../../renderer/src/features/team/pouch-types';

/**
 * PouchDB for Node tests: in-memory local replicas, HTTP for the server, replication. No
 * defaults({ adapter: 'memory' }) here: that would quietly turn a server URL into a local
 * database and a "sync" test would never touch the server. Remote databases always get
 * `adapter: 'http'` explicitly.
 */
export const NodePouchDB = (PouchDB as PouchStatic).plugin(memory).plugin(http).plugin(replication);
