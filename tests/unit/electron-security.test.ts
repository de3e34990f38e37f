import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import {
  PINNED_WEB_PREFERENCES,
  emitPreventable,
  fakeBrowserWindowClass,
  fakeWebContents,
} from '../support/electron-fakes';
import { describe, expect, it, vi } from 'vitest';
import {
  blockNetworkRequests,
  denyAllPermissions,
  guardWebContents,
  installWebContentsGuards,
} from '../../electron/main/security';
import { applicationMenuTemplate } from '../../electron/main/menu';
import { createMainWindow } from '../../electron/main/window';

describe('web contents guards', () => {
  it('blocks navigation and redirects away from the app, and every webview', () => {
    const contents = fakeWebContents();
    guardWebContents(contents as unknown as WebContents, vi.fn());
    expect(emitPreventable(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(emitPreventable(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emitPreventable(contents, 'will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(emitPreventable(contents, 'will-navigate', 'app://bundle/index.html#/programs/x')).toBe(false);
    expect(emitPreventable(contents, 'will-attach-webview')).toBe(true);
  });

  it('denies every new window and passes its URL to the checked link opener instead', () => {
    const onExternalLink = vi.fn();
    const contents = fakeWebContents();
    guardWebContents(contents as unknown as WebContents, onExternalLink);
    for (const url of ['https://www.mext.go.jp/', 'javascript:alert(1)', 'app://bundle/index.html'])
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    expect(onExternalLink.mock.calls).toEqual([
      ['https://www.mext.go.jp/', contents],
      ['javascript:alert(1)', contents],
      ['app://bundle/index.html', contents],
    ]);
  });

  it('guards every web contents the app creates', () => {
    const app = new EventEmitter();
    installWebContentsGuards(app as unknown as App, vi.fn());
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
  const FakeBrowserWindow = fakeBrowserWindowClass();

  it('is created with the security checklist settings, every one pinned, and loads app://', async () => {
    await createMainWindow(FakeBrowserWindow as never, '/app/preload.cjs', true);
    const { options, loaded } = FakeBrowserWindow.created.splice(0)[0]!;
    expect(loaded).toBe('app://bundle/index.html');
    // toEqual, not toMatchObject: an option flipped, dropped or added fails here.
    expect(options.webPreferences).toEqual(PINNED_WEB_PREFERENCES);
    const { webPreferences: _, ...windowOptions } = options;
    expect(windowOptions).toEqual({
      width: 1280,
      height: 860,
      minWidth: 800,
      minHeight: 600,
      title: '支援メニューナビ',
      show: false,
      backgroundColor: '#ffffff',
    });
    await createMainWindow(FakeBrowserWindow as never, '/app/preload.cjs', false);
    expect(FakeBrowserWindow.created.splice(0)[0]!.options.webPreferences).toEqual({
      ...PINNED_WEB_PREFERENCES,
      devTools: true,
    });
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
