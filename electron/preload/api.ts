// The API the renderer sees, built around an invoke function so this file imports nothing from
// Electron: the renderer derives its type from createPreloadApi and the two cannot drift.
import { IPC } from '../../shared/ipc/channels';
import type { IpcArgs, IpcContract, IpcResult } from '../../shared/ipc/contract';

export type Invoke = <C extends keyof IpcContract>(channel: C, args: IpcArgs<C>) => Promise<IpcResult<C>>;

export function createPreloadApi(invoke: Invoke) {
  return {
    files: {
      openForImport: (args: IpcArgs<typeof IPC.openFileForImport>) => invoke(IPC.openFileForImport, args),
      saveExport: (args: IpcArgs<typeof IPC.saveExport>) => invoke(IPC.saveExport, args),
    },
    print: {
      toPdf: (args: IpcArgs<typeof IPC.printToPdf>) => invoke(IPC.printToPdf, args),
    },
    links: {
      openExternal: (args: IpcArgs<typeof IPC.openExternal>) => invoke(IPC.openExternal, args),
    },
    app: {
      version: () => invoke(IPC.appVersion, {}),
    },
    backups: {
      save: (data: string) => invoke(IPC.backup, { op: 'save', data }),
      newest: () => invoke(IPC.backup, { op: 'newest' }),
    },
    team: {
      loadCredentials: () => invoke(IPC.teamLoadCredentials, {}),
      saveCredentials: (args: IpcArgs<typeof IPC.teamSaveCredentials>) =>
        invoke(IPC.teamSaveCredentials, args),
      forgetCredentials: () => invoke(IPC.teamForgetCredentials, {}),
    },
  };
}

export type PreloadApi = ReturnType<typeof createPreloadApi>;

/** The name on window under which the preload exposes the API. */
export const PRELOAD_API_KEY = 'shienNavi';
