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
  private readonly worker = new Worker(new URL('./catalog-update.worker.ts', import.meta.url), {
    type: 'module',
  });
  private settle: ((message: FromUpdateWorker) => void) | null = null;
  private onProgress: (progress: ApplyProgress) => void = () => {};

  constructor() {
    this.worker.onmessage = (event: MessageEvent<FromUpdateWorker>) => {
      if (event.data.type === 'progress') this.onProgress(event.data.progress);
      else this.settle?.(event.data);
    };
    this.worker.onerror = (event) => this.settle?.({ type: 'failed', message: event.message });
  }

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
    if (answer.type === 'applied') return answer.meta;
    if (answer.type === 'failed') throw new UpdateWriteError(answer.message, answer.problem ?? 'other');
    throw new Error(`unexpected ${answer.type}`);
  }

  private request(message: ToUpdateWorker, transfer: Transferable[] = []): Promise<FromUpdateWorker> {
    return new Promise((resolve) => {
      this.settle = resolve;
      this.worker.postMessage(message, transfer);
    });
  }
}
