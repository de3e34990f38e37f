import type { PreloadApi } from '../../../electron/preload/api';
import { FileTooLargeError, type Platform } from './platform';

export function electronPlatform(api: PreloadApi): Platform {
  return {
    kind: 'electron',
    handlesLinks: true,
    async openFileForImport(accept) {
      const result = await api.files.openForImport({ filters: accept });
      if (result.status === 'canceled') return null;
      if (result.status === 'too-large') throw new FileTooLargeError(result.name, result.bytes);
      return { name: result.name, bytes: result.bytes };
    },
    async saveFile(suggestedName, data, mimeType) {
      const extension = suggestedName.split('.').pop() ?? 'txt';
      // The dialog's filter is named by the extension: a MIME type is no name for a person.
      void mimeType;
      const filters = [{ name: `${extension.toUpperCase()}`, extensions: [extension.toLowerCase()] }];
      return (await api.files.saveExport({ suggestedName, filters, data })).saved;
    },
    async printView(suggestedName) {
      await api.print.toPdf({ suggestedName, landscape: false });
    },
    async openExternal(url) {
      await api.links.openExternal(url);
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
  };
}
