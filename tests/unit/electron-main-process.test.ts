// The main process's entry, wired with fakes for every Electron object: each guard must be
// installed, and installed in time. Removing any one of them from main-process.ts fails a test here.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES } from '../../electron/main/app-protocol';
import { IpcRejection } from '../../electron/main/ipc-handlers';
import { startMainProcess, type ElectronApi } from '../../electron/main/main-process';
import { IPC } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import {
  PINNED_WEB_PREFERENCES,
  emitPreventable,
  fakeBrowserWindowClass,
  type FakeBrowserWindowClass,
} from '../support/electron-fakes';

const rendererDir = mkdtempSync(path.join(tmpdir(), 'renderer-'));
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any listener the main process installs
type Listener = (...args: any[]) => unknown;

/** Every Electron object the entry receives, recording what was done to it and in which order. */
function fakeElectron({ firstInstance = true } = {}) {
  const steps: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => firstInstance,
    quit: vi.fn(),
    getVersion: () => '1.2.3',
    getLocale: () => 'ja',
    getPath: (name: string) => `/home/user/.config/app/${name}`,
    whenReady: async () => {
      steps.push('ready');
    },
  });
  const onApp = app.on.bind(app);
  app.on = ((name: string, listener: Listener) => {
    steps.push(`app.on ${name}`);
    return onApp(name, listener);
  }) as typeof app.on;
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const session = {
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    beforeRequest: null as Listener | null,
  };
  const ipcHandlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const BrowserWindow: FakeBrowserWindowClass = fakeBrowserWindowClass(app);
  const electron = {
    app,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => steps.push('registerSchemesAsPrivileged')),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (session.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => (session.permissionCheck = h),
        webRequest: { onBeforeRequest: (h: Listener) => (session.beforeRequest = h) },
      },
    },
    ipcMain: { handle: (channel: string, h: never) => ipcHandlers.set(channel, h) },
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn().mockResolvedValue({ response: 1 }),
    },
    shell: { openExternal: vi.fn().mockResolvedValue(undefined) },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ t })), setApplicationMenu: vi.fn() },
    BrowserWindow,
    // No OS encryption in the fake: the credential store then keeps nothing on disk.
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: vi.fn(),
      decryptString: vi.fn(),
    },
  };
  const start = () =>
    startMainProcess(electron as unknown as ElectronApi, {
      rendererDir,
      preloadPath: '/app/preload.cjs',
      platform: 'linux',
    });
  return { electron, app, steps, protocolHandlers, session, ipcHandlers, BrowserWindow, start };
}

const callerFrom = (url: string) => {
  const mainFrame = { url };
  return { sender: { mainFrame }, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
};

describe('the main process entry', () => {
  it('registers app:// as a standard, secure scheme before the app is ready', async () => {
    const fake = fakeElectron();
    await fake.start();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(APP_SCHEME_PRIVILEGES);
    expect(fake.steps.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.steps.indexOf('ready'));
  });

  it('serves the renderer build over app:// with the CSP, and nothing outside it', async () => {
    const fake = fakeElectron();
    await fake.start();
    const handler = fake.protocolHandlers.get('app')!;
    const response = await handler(new Request('app://bundle/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler(new Request('app://bundle/..%2f..%2fetc%2fpasswd'))).status).toBe(403);
  });

  it('guards every web contents from its creation, the first window included', async () => {
    const fake = fakeElectron();
    await fake.start();
    expect(fake.steps.indexOf('app.on web-contents-created')).toBeGreaterThanOrEqual(0);
    const { webContents } = fake.BrowserWindow.created[0]!;
    expect(emitPreventable(webContents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(emitPreventable(webContents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(emitPreventable(webContents, 'will-attach-webview')).toBe(true);
    expect(emitPreventable(webContents, 'will-navigate', 'app://bundle/index.html#/programs')).toBe(false);
  });

  it('sends a link that asks for a new window to the host dialog, never straight to the OS', async () => {
    const fake = fakeElectron();
    await fake.start();
    const { webContents } = fake.BrowserWindow.created[0]!;
    expect(webContents.windowOpenHandler!({ url: 'https://evil.example/x' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.electron.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    const [window, options] = fake.electron.dialog.showMessageBox.mock.calls[0]!;
    expect(window).toBe(fake.BrowserWindow.fromWebContents(webContents));
    expect(options).toMatchObject({ message: 'evil.example をブラウザで開きますか？' });
    // The user cancelled (the fake answers 1): nothing reaches the OS.
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every permission request and check of the session', async () => {
    const fake = fakeElectron();
    await fake.start();
    const callback = vi.fn();
    fake.session.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.session.permissionCheck!({}, 'geolocation')).toBe(false);
  });

  it('cancels every request that leaves the app', async () => {
    const fake = fakeElectron();
    await fake.start();
    const decide = (url: string) => {
      const callback = vi.fn();
      fake.session.beforeRequest!({ url }, callback);
      return callback.mock.calls[0]![0];
    };
    expect(decide('https://fonts.googleapis.com/css')).toEqual({ cancel: true });
    expect(decide('app://bundle/assets/index.js')).toEqual({ cancel: false });
  });

  it('answers IPC on exactly the contract channels, through the sender check', async () => {
    const fake = fakeElectron();
    await fake.start();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(IPC).sort());
    const version = fake.ipcHandlers.get(IPC.appVersion)!;
    await expect(version(callerFrom('app://bundle/index.html'), {})).resolves.toEqual({ version: '1.2.3' });
    await expect(version(callerFrom('https://evil.example/'), {})).rejects.toBeInstanceOf(IpcRejection);
  });

  it('opens one window with the pinned options on app://, and a menu without devtools', async () => {
    const fake = fakeElectron();
    await fake.start();
    expect(fake.BrowserWindow.created).toHaveLength(1);
    const [{ options, loaded }] = fake.BrowserWindow.created as [(typeof fake.BrowserWindow.created)[0]];
    expect(options.webPreferences).toEqual(PINNED_WEB_PREFERENCES);
    expect(loaded).toBe(APP_ENTRY_URL);
    expect(fake.steps.indexOf('ready')).toBeGreaterThanOrEqual(0);
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(fake.electron.Menu.buildFromTemplate.mock.calls[0])).not.toContain(
      'toggleDevTools',
    );
  });

  it('a second instance quits at once and installs nothing', async () => {
    const fake = fakeElectron({ firstInstance: false });
    await fake.start();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.BrowserWindow.created).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });
});
