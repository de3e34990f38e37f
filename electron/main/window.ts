import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-protocol';

type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

/**
 * The one place a window is created. The options stay literal inside `new BrowserWindow(...)`
 * so that electronegativity (npm run audit:electron) can read them.
 */
export async function createMainWindow(
  BrowserWindow: BrowserWindowConstructor,
  preloadPath: string,
  isPackaged: boolean,
): Promise<ElectronBrowserWindow> {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: '支援メニューナビ',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would otherwise try to open a new window.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(APP_ENTRY_URL);
  return win;
}
