// Real IndexedDB semantics in Node: Dexie runs unchanged against fake-indexeddb.
import 'fake-indexeddb/auto';
