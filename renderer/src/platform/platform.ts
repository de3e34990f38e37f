import type { PreloadApi } from '../../../electron/preload/api';
import { PRELOAD_API_KEY } from '../../../electron/preload/api';
import type { TeamCredentials } from '../../../shared/team/connection';
import type { SaveKind } from '../../../shared/ipc/save-kinds';
import type { Locale } from '../i18n/i18n';
import { browserPlatform } from './browser-platform';
import { electronPlatform } from './electron-platform';

export interface OpenedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** The file itself where the host has one (a browser's File): a handle to it, never a copy of its bytes. */
  file?: Blob;
}

/** What the renderer asks of its host. Electron does it through the preload; a browser, itself. */
export interface Platform {
  kind: 'electron' | 'browser';
  /**
   * null when the user cancels. Throws FileTooLargeError past the import limit and NotAFileError
   * for a folder, device or pipe.
   */
  openFileForImport(accept: { name: string; extensions: string[] }[]): Promise<OpenedFile | null>;
  /** Saved under a cleaned name with one of the extensions allowed for `kind`; false when cancelled. */
  saveFile(
    kind: SaveKind,
    suggestedName: string,
    data: string | Uint8Array<ArrayBuffer>,
    mimeType: string,
  ): Promise<boolean>;
  printView(suggestedName: string): Promise<void>;
  /** Electron opens safe links with the OS; a browser follows the link itself. */
  handlesLinks: boolean;
  /** `locale` names the language of the question Electron asks before opening a web page. */
  openExternal(url: string, locale: Locale): Promise<void>;
  appVersion(): Promise<string | null>;
  /** Where a team password is kept: safeStorage in Electron, the page's memory in a browser. */
  teamCredentials: {
    load(): Promise<TeamCredentials | null>;
    /** reloadRequired: Electron must serve the page again with the team origin in its CSP. */
    save(credentials: TeamCredentials): Promise<{ persisted: boolean; reloadRequired: boolean }>;
    forget(): Promise<void>;
  };
  /** Automatic backups outside the browser's database: Electron's data folder; none in a browser. */
  backups: BackupHost | null;
}

/** The main process's backup store (electron/main/backup.ts), as the page sees it. */
export interface BackupHost {
  /** Resolves with when it was saved. */
  save(data: string): Promise<string>;
  /** The newest backup that reads, and the folder the backups are in. */
  newest(): Promise<{ folder: string; backup: { savedAt: string; data: string } | null }>;
}

export class FileTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly bytes: number,
  ) {
    super(`${fileName} is too large (${bytes} bytes)`);
  }
}

/** The chosen path is a folder, a device or a pipe: the app reads regular files only. */
export class NotAFileError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is not a regular file`);
  }
}

/** The preload API is on window inside Electron and absent in a browser: that is the whole test. */
export function getPlatform(): Platform {
  const api = (window as unknown as Record<string, PreloadApi | undefined>)[PRELOAD_API_KEY];
  return api ? electronPlatform(api) : browserPlatform();
}
