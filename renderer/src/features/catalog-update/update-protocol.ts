import type { PackProblem } from '../../../../shared/catalog/catalog-pack';
import type { PublisherKey } from '../../../../shared/signing/publisher-key';
import type { ApplyProgress } from '../../db/catalog-update';
import type { CatalogMetaRow } from '../../db/db';
import type { WriteProblem } from '../../db/storage-health';
import type { Locale } from '../../i18n/i18n';
import type { UpdatePreview } from './read-update';

/** A checked file as the page sees it: the preview, or every problem found. */
export type CheckedFile =
  { ok: true; preview: UpdatePreview } | { ok: false; file: string; problems: PackProblem[] };

/** What the page asks of the update worker. Bytes are transferred, not copied. */
export type ToUpdateWorker =
  | {
      type: 'read';
      file: string;
      bytes: Uint8Array<ArrayBuffer>;
      locale: Locale;
      /** The shipped keys and the ones the user added: the page holds the user's settings. */
      trustedKeys: PublisherKey[];
      /** The same file as a Blob where the page has one: kept for undo by reference, without copying ~140 MB. */
      source?: Blob;
    }
  /** `version`: for a local edit, the version to install it as (the page proposes one). */
  | { type: 'apply'; version?: string }
  /** Undo or redo, whichever the kept catalogs say is next. */
  | { type: 'switch' };

/** What the worker answers: never a whole catalog, so the page's thread has nothing large to copy. */
export type FromUpdateWorker =
  | { type: 'read'; result: CheckedFile }
  | { type: 'progress'; progress: ApplyProgress }
  | { type: 'applied'; meta: CatalogMetaRow }
  /** `problem`: a storage failure, classified where the error object still is (storage-health.ts). */
  | { type: 'failed'; message: string; problem?: WriteProblem };
