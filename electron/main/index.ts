// Electron entry point: wiring only. Every decision lives in a module that takes its Electron
// dependencies as parameters, so it is unit-tested in Node (tests/unit/electron-*.test.ts).
import { readFile as readFileBuffer, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createCredentialStore } from './credentials';
import { registerIpcHandlers } from './ipc-handlers';
import { applicationMenuTemplate } from './menu';
import { blockNetworkRequests, denyAllPermissions, installWebContentsGuards } from './security';
import { createMainWindow } from './window';

const rendererDir = path.join(__dirname, '..', 'dist-renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Response bodies and structured clones want a plain ArrayBuffer-backed view, not a pooled Buffer.
const readFile = async (file: string) => new Uint8Array(await readFileBuffer(file));

protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  installWebContentsGuards(app, shell);

  const ready = app.whenReady().then(async () => {
    const credentials = createCredentialStore({
      safeStorage,
      fs: { readFile, writeFile, rm: (file) => rm(file, { force: true }) },
      file: path.join(app.getPath('userData'), 'team-credentials.bin'),
    });
    // The team server's origin must be known before the first page: it goes in the CSP header.
    await credentials.load();
    let servedOrigin: string | null = null;
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({
        rootDir: rendererDir,
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
      shell,
      app,
      fs: { stat, readFile, writeFile },
      windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
      baseName: (file) => path.basename(file),
      team: { store: credentials, servedOrigin: () => servedOrigin },
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(applicationMenuTemplate(process.platform === 'darwin', app.isPackaged)),
    );
    mainWindow = await createMainWindow(BrowserWindow, preloadPath, app.isPackaged);
    mainWindow.on('closed', () => (mainWindow = null));
  });
  // A start-up that fails has no window to show it in: log it and end, rather than run headless.
  ready.catch((error: unknown) => {
    console.error('Start-up failed', error);
    app.quit();
  });

  app.on('window-all-closed', () => app.quit());
}
