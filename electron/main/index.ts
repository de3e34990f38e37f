// Electron entry point: hands the real Electron objects to the main process's setup. Every
// decision lives in a module that takes them as parameters, so it is unit-tested in Node
// (tests/unit/electron-*.test.ts), the wiring itself included.
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { startMainProcess } from './main-process';

startMainProcess(
  { app, protocol, session, ipcMain, dialog, shell, Menu, BrowserWindow, safeStorage },
  {
    rendererDir: path.join(__dirname, '..', 'dist-renderer'),
    preloadPath: path.join(__dirname, 'preload.cjs'),
    platform: process.platform,
  },
).catch((error: unknown) => {
  // Without its window the app is of no use: say why and stop, rather than run invisibly.
  dialog.showErrorBox('支援メニューナビを起動できませんでした', String(error));
  app.exit(1);
});
