import type { PreloadApi } from '../../../electron/preload/api';
import { FileTooLargeError, NotAFileError, type Platform } from './platform';

export function electronPlatform(api: PreloadApi): Platform {
  return {
    kind: 'electron',
    handlesLinks: true,
    async openFileForImport(accept) {
      const result = await api.files.openForImport({ filters: accept });
      if (result.status === 'canceled') return null;
      if (result.status === 'too-large') throw new FileTooLargeError(result.name, result.bytes);
      if (result.status === 'not-a-file') throw new NotAFileError(result.name);
      return { name: result.name, bytes: result.bytes };
    },
    // The main process cleans the name and builds the dialog's filters from the kind; the MIME
    // type is only for a browser's download.
    async saveFile(kind, suggestedName, data) {
      return (await api.files.saveExport({ kind, suggestedName, data })).saved;
    },
    async printView(suggestedName) {
      await api.print.toPdf({ suggestedName, landscape: false });
    },
    async openExternal(url, locale) {
      await api.links.openExternal({ url, locale });
    },
    async appVersion() {
      return (await api.app.version()).version;
    },
    teamCredentials: {
      load: async () => (await api.team.loadCredentials()).credentials,
      save: (credentials) => api.team.saveCredentials(credentials),
      forget: async () => {
        await api.team.forgetCredentials();
      },
    },
    backups: {
      async save(data) {
        const reply = await api.backups.save(data);
        if (reply.op !== 'saved') throw new Error(`unexpected reply ${reply.op}`);
        return reply.savedAt;
      },
      async newest() {
        const reply = await api.backups.newest();
        if (reply.op !== 'newest') throw new Error(`unexpected reply ${reply.op}`);
        return { folder: reply.folder, backup: reply.backup };
      },
    },
  };
}
