import type { App, BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { IPC } from '../../shared/ipc/channels';
import { MAX_IMPORT_BYTES, ipcContract, type IpcContract } from '../../shared/ipc/contract';
import { isAppUrl } from './app-protocol';
import type { CredentialStore } from './credentials';
import { registerCredentialHandlers } from './credentials-ipc';
import type { OpenLink } from './external-links';
import type { ImportFileRead } from './read-import-file';
import type { BackupStore } from './backup';
import { chooseSavePath } from './save-dialog';

export class IpcRejection extends Error {}

/** Only the app's own top-level frame may call: not an iframe, not a page from elsewhere. */
export function assertTrustedSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame;
  if (!frame) throw new IpcRejection('sender frame is gone');
  if (frame !== event.sender.mainFrame) throw new IpcRejection('sender is not the main frame');
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    throw new IpcRejection('sender URL is not parseable');
  }
  if (!isAppUrl(url)) throw new IpcRejection(`sender ${url.protocol}//${url.host} is not the app`);
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  openLink: OpenLink;
  app: Pick<App, 'getVersion'>;
  fs: {
    /** Regular files only, size checked on the open handle, read bounded (read-import-file.ts). */
    readImportFile: (file: string, maxBytes: number) => Promise<ImportFileRead>;
    writeFile: (file: string, data: string | Uint8Array) => Promise<void>;
  };
  /** The window a dialog belongs to, found from the calling web contents. */
  windowFor: (event: IpcMainInvokeEvent) => BrowserWindow | null;
  baseName: (file: string) => string;
  /** Where the automatic backups go (backup.ts). */
  backups: Pick<BackupStore, 'save' | 'newest' | 'folder'>;
  /** Team workspaces: the credential store and the team origin the page was served with. */
  team: { store: CredentialStore; servedOrigin: () => string | null };
}

type Handler<C extends keyof IpcContract> = (
  args: z.infer<IpcContract[C]['args']>,
  event: IpcMainInvokeEvent,
) => Promise<z.infer<IpcContract[C]['result']>>;

/** Wraps a handler: sender check, then zod validation of the single argument, then the work. */
export function validated<C extends keyof IpcContract>(channel: C, handler: Handler<C>) {
  return async (event: IpcMainInvokeEvent, ...rawArgs: unknown[]) => {
    assertTrustedSender(event);
    if (rawArgs.length !== 1) throw new IpcRejection(`${channel}: expected exactly one argument`);
    const parsed = ipcContract[channel].args.safeParse(rawArgs[0]);
    if (!parsed.success) {
      throw new IpcRejection(`${channel}: invalid argument: ${parsed.error.issues[0]?.message}`);
    }
    return handler(parsed.data as z.infer<IpcContract[C]['args']>, event);
  };
}

export function registerIpcHandlers(deps: IpcDeps): void {
  const { ipcMain, dialog, app, fs } = deps;

  ipcMain.handle(
    IPC.openFileForImport,
    validated(IPC.openFileForImport, async ({ filters }, event) => {
      const win = deps.windowFor(event);
      const options = { properties: ['openFile' as const], filters };
      const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return { status: 'canceled' as const };
      const name = deps.baseName(file);
      const read = await fs.readImportFile(file, MAX_IMPORT_BYTES);
      return { ...read, name };
    }),
  );

  ipcMain.handle(
    IPC.saveExport,
    validated(IPC.saveExport, async ({ kind, suggestedName, data }, event) => {
      const file = await chooseSavePath(dialog, deps.windowFor(event), kind, suggestedName);
      if (!file) return { saved: false };
      await fs.writeFile(file, data);
      return { saved: true };
    }),
  );

  ipcMain.handle(
    IPC.printToPdf,
    validated(IPC.printToPdf, async ({ suggestedName, landscape }, event) => {
      const pdf = await event.sender.printToPDF({ pageSize: 'A4', landscape, printBackground: true });
      const file = await chooseSavePath(dialog, deps.windowFor(event), 'handout', suggestedName);
      if (!file) return { saved: false };
      await fs.writeFile(file, new Uint8Array(pdf));
      return { saved: true };
    }),
  );

  ipcMain.handle(
    IPC.openExternal,
    validated(IPC.openExternal, async ({ url, locale }, event) => ({
      opened: await deps.openLink(url, { window: deps.windowFor(event), locale }),
    })),
  );

  ipcMain.handle(
    IPC.appVersion,
    validated(IPC.appVersion, async () => ({ version: app.getVersion() })),
  );

  ipcMain.handle(
    IPC.backup,
    validated(IPC.backup, async (request) => {
      if (request.op === 'save')
        return { op: 'saved' as const, savedAt: (await deps.backups.save(request.data)).savedAt };
      const newest = await deps.backups.newest();
      return {
        op: 'newest' as const,
        folder: deps.backups.folder,
        backup: newest && { savedAt: newest.savedAt, data: newest.data },
      };
    }),
  );
  registerCredentialHandlers(ipcMain, deps.team.store, deps.team.servedOrigin);
}
