import { MAX_IMPORT_BYTES } from '../../../shared/ipc/contract';
import type { TeamCredentials } from '../../../shared/team/connection';
import { SAVE_KINDS } from '../../../shared/ipc/save-kinds';
import { cleanFileNameFor } from '../../../shared/security/file-name';
import { FileTooLargeError, type Platform } from './platform';

/**
 * The browser build keeps a team password in this page's memory only, for the session: never
 * in IndexedDB, localStorage or sessionStorage. After a reload the app asks for it again.
 */
let sessionCredentials: TeamCredentials | null = null;

/** Fallbacks for a plain web page: <input type=file>, a download link and the print dialog. */
export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    handlesLinks: false,
    openFileForImport(accept) {
      return new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.addEventListener('cancel', () => resolve(null));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          if (file.size > MAX_IMPORT_BYTES) return reject(new FileTooLargeError(file.name, file.size));
          file
            .arrayBuffer()
            .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer), file }), reject);
        });
        input.click();
      });
    },
    async saveFile(kind, suggestedName, data, mimeType) {
      const blob = new Blob([data], { type: mimeType });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = cleanFileNameFor(suggestedName, SAVE_KINDS[kind]);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return true;
    },
    async printView() {
      window.print();
    },
    async openExternal(url) {
      window.open(url, '_blank', 'noopener');
    },
    async appVersion() {
      return null;
    },
    teamCredentials: {
      load: async () => sessionCredentials,
      save: async (credentials) => {
        sessionCredentials = credentials;
        return { persisted: false, reloadRequired: false };
      },
      forget: async () => {
        sessionCredentials = null;
      },
    },
    backups: null,
  };
}
