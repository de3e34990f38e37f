import type { PreloadApi } from '../../../electron/preload/api';
import { PRELOAD_API_KEY } from '../../../electron/preload/api';
import type { TeamCredentials } from '../../../shared/team/connection';
import { browserPlatform } from './browser-platform';
import { electronPlatform } from './electron-platform';

export interface OpenedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** What the renderer asks of its host. Electron does it through the preload; a browser, itself. */
export interface Platform {
  kind: 'electron' | 'browser';
  /** null when the user cancels. Throws FileTooLargeError past the import limit. */
  openFileForImport(accept: { name: string; extensions: string[] }[]): Promise<OpenedFile | null>;
  saveFile(suggestedName: string, data: string | Uint8Array<ArrayBuffer>, mimeType: string): Promise<boolean>;
  printView(suggestedName: string): Promise<void>;
  /** Electron opens safe links with the OS; a browser follows the link itself. */
  handlesLinks: boolean;
  openExternal(url: string): Promise<void>;
  appVersion(): Promise<string | null>;
  /** Where a team password is kept: safeStorage in Electron, the page's memory in a browser. */
  teamCredentials: {
    load(): Promise<TeamCredentials | null>;
    /** reloadRequired: Electron must serve the page again with the team origin in its CSP. */
    save(credentials: TeamCredentials): Promise<{ persisted: boolean; reloadRequired: boolean }>;
    forget(): Promise<void>;
  };
}

export class FileTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly bytes: number,
  ) {
    super(`${fileName} is too large (${bytes} bytes)`);
  }
}

/** The preload API is on window inside Electron and absent in a browser: that is the whole test. */
export function getPlatform(): Platform {
  const api = (window as unknown as Record<string, PreloadApi | undefined>)[PRELOAD_API_KEY];
  return api ? electronPlatform(api) : browserPlatform();
}
