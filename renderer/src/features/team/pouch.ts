// @ts-expect-error -- PouchDB ships no types; the part used is typed in pouch-types.ts
import PouchDB from 'pouchdb-core';
// @ts-expect-error -- as above
import http from 'pouchdb-adapter-http';
// @ts-expect-error -- as above
import idb from 'pouchdb-adapter-idb';
// @ts-expect-error -- as above
import replication from 'pouchdb-replication';
import type { PouchStatic } from './pouch-types';

/**
 * PouchDB for the page: IndexedDB for the local replica of the team database (its own
 * IndexedDB database, beside Dexie's), HTTP for the team server, and CouchDB replication.
 * No map/reduce plugin: nothing here queries views, and its temporary views would need eval.
 */
export const BrowserPouchDB = (PouchDB as PouchStatic).plugin(idb).plugin(http).plugin(replication);
