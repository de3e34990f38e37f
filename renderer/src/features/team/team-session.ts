import { databaseUrl, type TeamConnection, type TeamCredentials } from '../../../../shared/team/connection';
import {
  CATALOG_PACK_ATTACHMENT,
  CATALOG_PACK_DOC_ID,
  TEAM_DATA_VERSION,
} from '../../../../shared/team/team-docs';
import type { NaviDatabase } from '../../db/db';
import { SharedListUnavailableError } from '../../db/shared-list-writer';
import type { ShortlistStore } from '../../db/shortlists-repository';
import type { TeamConnectionRow, TeamMirrorRow } from '../../db/team-rows';
import { checkTeamAccess, type AccessProblem } from './team-access';
import { TeamMirror, type MirrorReport } from './team-mirror';
import { backOffUpTo, openRemote, startReplication, type ReplicationEvent } from './team-replication';
import { TeamWriter } from './team-writer';
import type { PouchStatic, PouchDatabase } from './pouch-types';
import { TEAM_OFF } from './team-status-store';

export type TeamState =
  | 'off'
  | 'starting'
  | 'syncing'
  | 'online'
  | 'offline'
  | 'needs-password'
  | 'refused'
  | 'removed'
  | 'needs-update';

export interface TeamStatus {
  state: TeamState;
  connection: TeamConnection | null;
  problem: AccessProblem | null;
  lastSyncedAt: string | null;
  /** Documents a colleague's copy wrote that this one could not read. */
  unreadable: number;
  /** Writes the server refused (a validation rule on the team database). */
  denied: number;
}

/** Where the password is kept: Electron's safeStorage through the main process, or the page's memory. */
export interface CredentialStore {
  load(): Promise<TeamCredentials | null>;
  /** reloadRequired: the page must load again before it may reach the server (Electron's CSP header). */
  save(credentials: TeamCredentials): Promise<{ persisted: boolean; reloadRequired: boolean }>;
  forget(): Promise<void>;
}

export interface TeamSessionDeps {
  database: NaviDatabase;
  shortlists: ShortlistStore;
  /**
   * PouchDB, loaded when a team is first opened: the page's first screen does not carry it, and a
   * copy of the app with no team never loads it.
   */
  loadPouchDB: () => Promise<PouchStatic>;
  localAdapter: string;
  credentials: CredentialStore;
  fetch?: typeof fetch;
  backOff?: (previous: number) => number;
  /** Tests make one copy of the app older than the data it meets. */
  supportedVersion?: number;
  /** Tests give each replica in one process its own name. */
  replicaName?: (connection: TeamConnection) => string;
  now?: () => Date;
  /**
   * Drop old revision bodies as they are replaced (conflict leaves are always kept). On by
   * default; the Node tests' memory adapter (leveldb-core) can read a compacted winner while a
   * changes feed iterates and crash, so they turn it off.
   */
  autoCompaction?: boolean;
  onWritten?: (id: string, rev: string) => void;
}

const OFF = TEAM_OFF;

/**
 * One team connection: the local replica (its own IndexedDB database), the mirror into Dexie,
 * continuous replication with the server, and the status line's state. Until a team is
 * connected it opens nothing and makes no request.
 */
export class TeamSession {
  private status: TeamStatus = OFF;
  private readonly listeners = new Set<() => void>();
  private local: PouchDatabase | null = null;
  private pouch: PouchStatic | null = null;
  private mirror: TeamMirror | null = null;
  private replication: { cancel: () => Promise<void> } | null = null;
  private writerInstance: TeamWriter | null = null;
  private password: string | null = null;

  constructor(private readonly deps: TeamSessionDeps) {}

  getStatus = (): TeamStatus => this.status;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The local replica (tests read revisions from it). */
  get replica(): PouchDatabase | null {
    return this.local;
  }

  get writer(): TeamWriter | null {
    return this.writerInstance;
  }

  /** At start-up: picks up the connected team, if any, and starts replicating when it can. */
  async open(): Promise<void> {
    const row = (await this.deps.database.team.get('connection')) as TeamConnectionRow | undefined;
    if (!row) return this.set(OFF);
    await this.openReplica(row.connection);
    const saved = await this.deps.credentials.load();
    if (!saved || !sameConnection(saved.connection, row.connection))
      return this.set({ state: 'needs-password' });
    await this.replicate(saved.password);
  }

  /**
   * Connects a team: remembers it (the password in the credential store only) and starts. When
   * the host must reload the page to allow the server's origin, returns 'reload' instead.
   */
  async connect(connection: TeamConnection, password: string): Promise<'started' | 'reload'> {
    const current = this.status.connection;
    if (current && !sameConnection(current, connection)) await this.leave('off');
    const row: TeamConnectionRow = { key: 'connection', connection, connectedAt: this.now().toISOString() };
    await this.deps.database.team.put(row);
    const saved = await this.deps.credentials.save({ connection, password });
    if (saved.reloadRequired) return 'reload';
    await this.openReplica(connection);
    await this.replicate(password);
    return 'started';
  }

  /** The browser keeps the password for the session only: asked again after a reload. */
  async enterPassword(password: string): Promise<void> {
    const connection = this.status.connection;
    if (!connection) return;
    const saved = await this.deps.credentials.save({ connection, password });
    if (!saved.reloadRequired) await this.replicate(password);
  }

  /** Stops sharing on this machine: shared lists stay here as personal copies. */
  async disconnect(): Promise<void> {
    await this.leave('off');
  }

  /** Stops replicating (tests use it to take a replica offline); local writes go on. */
  async pause(): Promise<void> {
    const replication = this.replication;
    this.replication = null;
    this.set({ state: 'offline', problem: null });
    await replication?.cancel();
  }

  async resume(): Promise<void> {
    if (this.password) await this.replicate(this.password);
  }

  /** Resolves when every change in the local replica is in Dexie (tests and the benchmark). */
  async settled(): Promise<void> {
    await this.mirror?.pump();
  }

  async share(listId: string): Promise<void> {
    const writer = this.requireWriter();
    await writer.share(listId, this.now());
  }

  /** The maintainer publishes a catalog pack file; members' apps receive it by replication. */
  async publishPack(fileName: string, bytes: Uint8Array, meta: { catalogVersion: string; asOf: string }) {
    const local = this.requireLocal();
    this.assertWritable();
    let rev: string | undefined;
    try {
      rev = (await local.get(CATALOG_PACK_DOC_ID))._rev;
    } catch {
      rev = undefined;
    }
    await local.put({
      _id: CATALOG_PACK_DOC_ID,
      ...(rev ? { _rev: rev } : {}),
      type: 'catalog-pack',
      v: TEAM_DATA_VERSION,
      fileName,
      ...meta,
      publishedAt: this.now().toISOString(),
      publishedBy: this.status.connection?.username ?? '',
      _attachments: {
        [CATALOG_PACK_ATTACHMENT]: { content_type: 'application/json', data: toBase64(bytes) },
      },
    });
  }

  /** The published pack's file, for the catalog update page's usual check and preview. */
  async readPack(): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> } | null> {
    const local = this.local;
    if (!local) return null;
    try {
      const doc = await local.get<{ fileName: string }>(CATALOG_PACK_DOC_ID);
      const data = await local.getAttachment(CATALOG_PACK_DOC_ID, CATALOG_PACK_ATTACHMENT);
      const bytes =
        data instanceof Uint8Array ? new Uint8Array(data) : new Uint8Array(await data.arrayBuffer());
      return { name: doc.fileName, bytes };
    } catch {
      return null;
    }
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private set(change: Partial<TeamStatus>) {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener();
  }

  private replicaName(connection: TeamConnection): string {
    return (
      this.deps.replicaName?.(connection) ??
      `shien-team ${connection.serverUrl} ${connection.database} ${connection.username}`
    );
  }

  private async openReplica(connection: TeamConnection) {
    if (this.local) return;
    const name = this.replicaName(connection);
    const PouchDB = (this.pouch ??= await this.deps.loadPouchDB());
    if (this.local) return;
    const local = new PouchDB(name, {
      adapter: this.deps.localAdapter,
      auto_compaction: this.deps.autoCompaction ?? true,
    });
    this.local = local;
    const mirrorRow = (await this.deps.database.team.get('mirror')) as TeamMirrorRow | undefined;
    this.set({
      ...OFF,
      state: 'starting',
      connection,
      lastSyncedAt: mirrorRow?.replica === name ? mirrorRow.lastSyncedAt : null,
    });
    this.mirror = new TeamMirror(
      local,
      this.deps.database,
      name,
      (report) => this.onMirrorReport(report),
      this.deps.supportedVersion ?? TEAM_DATA_VERSION,
    );
    this.mirror.start();
    this.writerInstance = new TeamWriter(
      local,
      this.deps.database,
      connection.username,
      () => this.assertWritable(),
      this.deps.onWritten,
    );
    this.deps.shortlists.sharedWriter = this.writerInstance;
    await this.mirror.pump();
  }

  private assertWritable() {
    if (this.mirror?.report.newerDataVersion) throw new SharedListUnavailableError('newer-data-version');
  }

  private onMirrorReport(report: MirrorReport) {
    if (report.newerDataVersion && this.status.state !== 'needs-update') {
      // Stop sending: this copy would write back documents without the fields it cannot read.
      const replication = this.replication;
      this.replication = null;
      replication?.cancel().catch(() => {});
      this.set({ state: 'needs-update', unreadable: report.unreadable });
    } else if (report.unreadable !== this.status.unreadable) this.set({ unreadable: report.unreadable });
  }

  private requireLocal(): PouchDatabase {
    if (!this.local) throw new SharedListUnavailableError('not-open');
    return this.local;
  }

  private requireWriter(): TeamWriter {
    if (!this.writerInstance) throw new SharedListUnavailableError('not-open');
    return this.writerInstance;
  }

  private async replicate(password: string) {
    const connection = this.status.connection;
    const local = this.local;
    if (!connection || !local || this.status.state === 'needs-update') return;
    const previous = this.replication;
    this.replication = null;
    await previous?.cancel();
    this.password = password;
    this.set({ state: 'starting', problem: null });
    const problem = await checkTeamAccess(connection, password, this.deps.fetch);
    if (problem === 'not-member') return this.leave('removed', problem);
    if (problem && problem !== 'unreachable') return this.set({ state: 'refused', problem });
    const PouchDB = this.pouch;
    if (!PouchDB) return;
    const remote = openRemote(PouchDB, databaseUrl(connection), connection.username, password);
    if (problem === null && (await local.info()).update_seq === 0) {
      // A new replica: one pull in large batches first, so a colleague's lists are shown as
      // soon as they are here; the two-way live sync then only confirms what both sides have.
      this.set({ state: 'syncing' });
      await PouchDB.replicate(remote, local, { batch_size: 1000 }).catch(() => {});
      if (this.local !== local || this.status.connection !== connection) return;
    }
    this.replication = startReplication(
      PouchDB,
      local,
      remote,
      (event) => {
        this.onReplication(event).catch(() => this.set({ state: 'offline', problem: 'unreachable' }));
      },
      this.deps.backOff ?? backOffUpTo(30_000),
    );
    if (problem === 'unreachable') this.set({ state: 'offline', problem });
  }

  private async onReplication(event: ReplicationEvent) {
    if (this.status.state === 'needs-update') return;
    switch (event.type) {
      case 'active':
        return this.set({ state: 'syncing', problem: null });
      case 'offline':
        return this.set({ state: 'offline', problem: 'unreachable' });
      case 'denied':
        return this.set({ denied: this.status.denied + 1 });
      case 'idle': {
        await this.mirror?.pump();
        const lastSyncedAt = this.now().toISOString();
        const row = (await this.deps.database.team.get('mirror')) as TeamMirrorRow | undefined;
        if (row) await this.deps.database.team.put({ ...row, lastSyncedAt });
        return this.set({ state: 'online', problem: null, lastSyncedAt });
      }
      case 'refused': {
        this.replication = null;
        const problem =
          this.password && this.status.connection
            ? await checkTeamAccess(this.status.connection, this.password, this.deps.fetch)
            : 'bad-credentials';
        if (problem === 'not-member') return this.leave('removed', problem);
        return this.set({ state: 'refused', problem: problem ?? 'bad-credentials' });
      }
    }
  }

  /**
   * Ends the connection on this machine. Shared lists stay, with their entries, notes and any
   * unresolved conflict, marked as no longer shared: nothing a person wrote is lost.
   */
  private async leave(state: 'off' | 'removed', problem: AccessProblem | null = null) {
    const replication = this.replication;
    this.replication = null;
    await replication?.cancel();
    this.mirror?.stop();
    await this.mirror?.pump().catch(() => {});
    this.mirror = null;
    this.writerInstance = null;
    this.deps.shortlists.sharedWriter = null;
    this.password = null;
    const { database } = this.deps;
    await database.transaction('rw', database.shortlists, database.team, async () => {
      await database.shortlists.where('sharing').equals('team').modify({ sharing: 'left-team' });
      await database.team.clear();
    });
    await this.deps.credentials.forget();
    const local = this.local;
    this.local = null;
    await local?.destroy().catch(() => {});
    this.set({ ...OFF, state, problem, connection: state === 'removed' ? this.status.connection : null });
  }
}

function sameConnection(a: TeamConnection, b: TeamConnection) {
  return a.serverUrl === b.serverUrl && a.database === b.database && a.username === b.username;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
