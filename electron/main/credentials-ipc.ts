import type { IpcMain } from 'electron';
import { IPC } from '../../shared/ipc/channels';
import type { CredentialStore } from './credentials';
import { validated } from './ipc-handlers';

/**
 * The team-credential channels, registered by registerIpcHandlers. `servedOrigin` is the team
 * origin the page was loaded with: the CSP is fixed at load, so a new origin needs a reload.
 */
export function registerCredentialHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  store: CredentialStore,
  servedOrigin: () => string | null,
): void {
  ipcMain.handle(
    IPC.teamLoadCredentials,
    validated(IPC.teamLoadCredentials, async () => ({ credentials: await store.load() })),
  );
  ipcMain.handle(
    IPC.teamSaveCredentials,
    validated(IPC.teamSaveCredentials, async (credentials) => {
      const { persisted } = await store.save(credentials);
      return { persisted, reloadRequired: store.teamOrigin() !== servedOrigin() };
    }),
  );
  ipcMain.handle(
    IPC.teamForgetCredentials,
    validated(IPC.teamForgetCredentials, async () => {
      await store.forget();
      return { forgotten: true };
    }),
  );
}
