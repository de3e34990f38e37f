import * as fsPromises from 'node:fs/promises';
import { readFile as readFileBuffer, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  IpcMain,
  Menu,
  Protocol,
  Session,
  Shell,
} from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createBackupStore } from './backup';
import { createCredentialStore, type CredentialDeps } from './credentials';
import { createLinkOpener } from './external-links';
import { registerIpcHandlers } from './ipc-handlers';
import { applicationMenuTemplate } from './menu';
import { readImportFile } from './read-import-file';
import { blockNetworkRequests, denyAllPermissions, installWebContentsGuards } from './security';
import { createMainWindow } from './window';

/** The parts of Electron the main process uses: passed in, so a test can hand it fakes. */
export interface ElectronApi {
  app: Pick<
    App,
    | 'requestSingleInstanceLock'
    | 'quit'
    | 'on'
    | 'whenReady'
    | 'isPackaged'
    | 'getVersion'
    | 'getLocale'
    | 'getPath'
  >;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: {
    defaultSession: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;
  };
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  BrowserWindow: (new (options: BrowserWindowConstructorOptions) => BrowserWindow) &
    Pick<typeof BrowserWindow, 'fromWebContents'>;
  /** Keeps a team password (issue 18). */
  safeStorage: CredentialDeps['safeStorage'];
}

export interface MainPaths {
  rendererDir: string;
  preloadPath: string;
  platform: NodeJS.Platform;
}

// Response bodies and structured clones want a plain ArrayBuffer-backed view, not a pooled Buffer.
const readFile = async (file: string) => new Uint8Array(await readFileBuffer(file));

/**
 * The whole main process, in the order Electron needs: the app:// scheme registered before ready,
 * one instance only, every web contents guarded from its creation (so the first window is too),
 * then on ready the protocol, the session's permission and network guards, the IPC handlers, the
 * menu and the window. Resolves once the window has loaded.
 */
export async function startMainProcess(electron: ElectronApi, paths: MainPaths): Promise<void> {
  const { app, protocol, session, ipcMain, dialog, shell, Menu, BrowserWindow, safeStorage } = electron;
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  const openLink = createLinkOpener({ shell, dialog });
  // A link that asks for a new window (none should: ExternalLink goes through IPC) is checked the same way.
  installWebContentsGuards(app, (url, contents) => {
    const locale = app.getLocale().startsWith('ja') ? 'ja' : 'en';
    openLink(url, { window: BrowserWindow.fromWebContents(contents), locale }).catch((error: unknown) =>
      console.error('could not open an external link', error),
    );
  });

  await app.whenReady();
  const credentials = createCredentialStore({
    safeStorage,
    fs: { readFile, writeFile, rm: (file) => rm(file, { force: true }) },
    file: path.join(app.getPath('userData'), 'team-credentials.bin'),
  });
  // A connected team server's origin must be known before the first page: it goes in the CSP.
  await credentials.load();
  let servedOrigin: string | null = null;
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: paths.rendererDir,
      readFile,
      teamOrigin: credentials.teamOrigin,
      onPageServed: (origin) => (servedOrigin = origin),
    }),
  );
  denyAllPermissions(session.defaultSession);
  blockNetworkRequests(session.defaultSession, credentials.teamOrigin);
  registerIpcHandlers({
    ipcMain,
    dialog,
    openLink,
    app,
    fs: { readImportFile, writeFile },
    windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
    baseName: (file) => path.basename(file),
    backups: createBackupStore({
      dir: path.join(app.getPath('userData'), 'backups'),
      fs: fsPromises,
      syncDir: paths.platform === 'win32' ? undefined : syncFolder,
    }),
    team: { store: credentials, servedOrigin: () => servedOrigin },
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(applicationMenuTemplate(paths.platform === 'darwin', app.isPackaged)),
  );
  mainWindow = await createMainWindow(BrowserWindow, paths.preloadPath, app.isPackaged);
  mainWindow.on('closed', () => (mainWindow = null));
}

/** fsync of a folder, so a rename in it survives a power cut (POSIX; Windows cannot open a folder). */
async function syncFolder(dir: string) {
  const handle = await fsPromises.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
