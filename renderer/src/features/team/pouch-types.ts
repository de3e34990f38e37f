// The part of PouchDB's API this app uses, typed here: DefinitelyTyped's @types/pouchdb-core
// declares a global `Buffer` interface that breaks Node's own Buffer type in the tests.

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface PouchChange {
  id: string;
  seq: string | number;
  deleted?: boolean;
  doc?: PouchDoc;
}

export interface PouchChangesResult {
  results: PouchChange[];
  last_seq: string | number;
}

/** Listeners are added with on(); it returns the emitter side only, which is no promise. */
export interface PouchEvents {
  on(event: string, listener: (...args: never[]) => void): PouchEvents;
}

export interface PouchEmitter extends PouchEvents {
  cancel(): void;
}

export type PouchChangesFeed = Promise<PouchChangesResult> & PouchEmitter;

export type PouchWriteResult =
  | { ok: true; id: string; rev: string }
  | { error: true | string; id: string; status?: number; name?: string; message?: string };

export interface PouchDatabase {
  get<T extends object = PouchDoc>(
    id: string,
    options?: { rev?: string; conflicts?: boolean },
  ): Promise<T & { _id: string; _rev: string; _conflicts?: string[] }>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: PouchDoc[]): Promise<PouchWriteResult[]>;
  allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean }): Promise<{
    total_rows?: number;
    rows: {
      id: string;
      key: string;
      value?: { rev: string; deleted?: boolean };
      error?: string;
      doc?: PouchDoc;
    }[];
  }>;
  changes(options: {
    since?: string | number;
    live?: boolean;
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
  }): PouchChangesFeed;
  remove(id: string, rev: string): Promise<unknown>;
  destroy(): Promise<unknown>;
  getAttachment(id: string, name: string): Promise<Blob | Uint8Array>;
  info(): Promise<{ doc_count: number; update_seq: string | number }>;
}

export interface PouchReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
}

export type PouchReplicationHandle = PouchEmitter & Promise<PouchReplicationResult>;

export interface PouchReplicationOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  back_off_function?: (previous: number) => number;
}

export interface PouchStatic {
  new (name: string, options?: Record<string, unknown>): PouchDatabase;
  plugin(plugin: unknown): PouchStatic;
  defaults(options: Record<string, unknown>): PouchStatic;
  sync(a: PouchDatabase, b: PouchDatabase, options?: PouchReplicationOptions): PouchReplicationHandle;
  replicate(
    source: PouchDatabase,
    target: PouchDatabase,
    options?: PouchReplicationOptions,
  ): PouchReplicationHandle;
}
