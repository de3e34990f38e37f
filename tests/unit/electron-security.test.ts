import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  blockNetworkRequests,
  denyAllPermissions,
  guardWebContents,
  installWebContentsGuards,
} from '../../electron/main/security';
import { applicationMenuTemplate } from '../../electron/main/menu';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow } from '../../electron/main/window';

/** A WebContents stand-in: a real EventEmitter, so the guards' listeners run for real. */
function fakeWebContents() {
  const emitter = new EventEmitter() as EventEmitter & {
    windowOpenHandler?: (d: { url: string }) => unknown;
  };
  Object.assign(emitter, {
    setWindowOpenHandler(handler: (d: { url: string }) => unknown) {
      emitter.windowOpenHandler = handler;
    },
  });
  return emitter;
}

function emitPreventable(contents: EventEmitter, name: string, url?: string) {
  const event = { preventDefault: vi.fn() };
  contents.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('web contents guards', () => {
  it('blocks navigation and redirects away from the app, and every webview', () => {
    const contents = fakeWebContents();
    guardWebContents(contents as unknown as WebContents, { openExternal: vi.fn() });
    expect(emitPreventable(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(emitPreventable(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emitPreventable(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(emitPreventable(contents, 'will-navigate', 'app://bundle/index.html#/programs/x')).toBe(false);
    expect(emitPreventable(contents, 'will-attach-webview')).toBe(true);
  });

  it('denies every new window and hands only safe links to the OS', async () => {
    const shell = { openExternal: vi.fn().mockResolvedValue(undefined) };
    const contents = fakeWebContents();
    guardWebContents(contents as unknown as WebContents, shell);
    expect(contents.windowOpenHandler!({ url: 'https://www.mext.go.jp/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.mext.go.jp/');
  });

  it('guards every web contents the app creates', () => {
    const app = new EventEmitter();
    installWebContentsGuards(app as unknown as App, { openExternal: vi.fn() });
    const contents = fakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(emitPreventable(contents, 'will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('session guards', () => {
  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!({}, 'media', 'app://bundle')).toBe(false);
  });

  it('cancels every request that is not the app itself', () => {
    let listener: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    blockNetworkRequests({
      webRequest: { onBeforeRequest: (l: typeof listener) => (listener = l) },
    } as unknown as Session);
    const decide = (url: string) => {
      const callback = vi.fn();
      listener!({ url }, callback);
      return callback.mock.calls[0]![0].cancel as boolean;
    };
    expect(decide('https://fonts.googleapis.com/css')).toBe(true);
    expect(decide('http://127.0.0.1:4173/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://bundle/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
  });
});

describe('main window', () => {
  /** Records what the window was created with and which URL it loaded. */
  class FakeBrowserWindow extends EventEmitter {
    static created: { options: BrowserWindowConstructorOptions; loaded: string | null }[] = [];
    record: { options: BrowserWindowConstructorOptions; loaded: string | null };
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      this.record = { options, loaded: null };
      FakeBrowserWindow.created.push(this.record);
    }
    async loadURL(url: string) {
      this.record.loaded = url;
    }
    show() {}
  }

  it('is created with the security checklist settings and loads app://', async () => {
    await createMainWindow(FakeBrowserWindow as never, '/app/preload.cjs', true);
    const { options, loaded } = FakeBrowserWindow.created.splice(0)[0]!;
    expect(loaded).toBe('app://bundle/index.html');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    await createMainWindow(FakeBrowserWindow as never, '/p', false);
    expect(FakeBrowserWindow.created.splice(0)[0]!.options.webPreferences?.devTools).toBe(true);
  });

  it('has a Japanese menu built from standard roles, without devtools when packaged', () => {
    const labels = (items: ReturnType<typeof applicationMenuTemplate>) => items.map((i) => i.label);
    expect(labels(applicationMenuTemplate(false, true))).toEqual(['ファイル', '編集', '表示', 'ウィンドウ']);
    expect(labels(applicationMenuTemplate(true, true))[0]).toBe('支援メニューナビ');
    const view = (packaged: boolean) =>
      JSON.stringify(applicationMenuTemplate(false, packaged).find((m) => m.label === '表示'));
    expect(view(true)).not.toContain('toggleDevTools');
    expect(view(false)).toContain('toggleDevTools');
  });
});
