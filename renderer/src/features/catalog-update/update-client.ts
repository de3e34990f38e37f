import type { PublisherKey } from '../../../../shared/signing/publisher-key';
import type { ApplyProgress } from '../../db/catalog-update';
import type { CatalogMetaRow } from '../../db/db';
import type { WriteProblem } from '../../db/storage-health';
import type { Locale } from '../../i18n/i18n';
import type { CheckedFile, FromUpdateWorker, ToUpdateWorker } from './update-protocol';

/** An apply or undo the worker could not write, with the storage problem it classified there. */
export class UpdateWriteError extends Error {
  constructor(
    message: string,
    readonly problem: WriteProblem,
  ) {
    super(message);
  }
}

/**
 * The page's side of the update worker: one request at a time (the page disables its buttons
 * while one runs), each a promise; progress arrives through the callback.
 */
export class UpdateClient {
  private worker = this.startWorker();
  private settle: ((message: FromUpdateWorker) => void) | null = null;
  private onProgress: (progress: ApplyProgress) => void = () => {};

  async check(
    file: string,
    bytes: Uint8Array<ArrayBuffer>,
    locale: Locale,
    trustedKeys: PublisherKey[],
    source?: Blob,
  ): Promise<CheckedFile> {
    const answer = await this.request(
      { type: 'read', file, bytes, locale, trustedKeys, ...(source && { source }) },
      [bytes.buffer],
    );
    // A refused file leaves nothing to apply: its parse is dropped with the worker (see renew).
    if (answer.type !== 'read' || !answer.result.ok) this.renew();
    if (answer.type === 'read') return answer.result;
    throw new Error(answer.type === 'failed' ? answer.message : `unexpected ${answer.type}`);
  }

  /** Resolves with the catalog now installed. */
  async apply(onProgress: (progress: ApplyProgress) => void, version?: string): Promise<CatalogMetaRow> {
    return this.change(version === undefined ? { type: 'apply' } : { type: 'apply', version }, onProgress);
  }

  /** Undo, or redo after an undo. */
  async switchCatalog(onProgress: (progress: ApplyProgress) => void): Promise<CatalogMetaRow> {
    return this.change({ type: 'switch' }, onProgress);
  }

  dispose() {
    this.worker.terminate();
  }

  private async change(message: ToUpdateWorker, onProgress: (progress: ApplyProgress) => void) {
    this.onProgress = onProgress;
    const answer = await this.request(message);
    this.onProgress = () => {};
    // Written (or rolled back): nothing in the worker is needed any more.
    this.renew();
    if (answer.type === 'applied') return answer.meta;
    if (answer.type === 'failed') throw new UpdateWriteError(answer.message, answer.problem ?? 'other');
    throw new Error(`unexpected ${answer.type}`);
  }

  /**
   * Ends the worker and starts a fresh one. Measured in Chromium: after installing 100,000
   * programs the worker's heap kept the window's renderer process at about 770 MB (the page's
   * own heap is under 10 MB) for as long as the page stayed open; ending the worker gives that
   * back, and the next update starts from a fresh worker.
   */
  private renew() {
    this.worker.terminate();
    this.worker = this.startWorker();
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./catalog-update.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromUpdateWorker>) => {
      if (event.data.type === 'progress') this.onProgress(event.data.progress);
      else this.settle?.(event.data);
    };
    worker.onerror = (event) => this.settle?.({ type: 'failed', message: event.message });
    return worker;
  }

  private request(message: ToUpdateWorker, transfer: Transferable[] = []): Promise<FromUpdateWorker> {
    return new Promise((resolve) => {
      this.settle = resolve;
      this.worker.postMessage(message, transfer);
    });
  }
}
