// Stand-ins for the Electron objects the main process receives. They are real EventEmitters, so the
// listeners the main process installs run for real when a test emits an event.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { vi } from 'vitest';

/** Electron's security checklist, option by option; devTools only for a development build. */
export const PINNED_WEB_PREFERENCES = {
  preload: '/app/preload.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  disableBlinkFeatures: 'Auxclick',
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  devTools: false,
};

export type FakeWebContents = EventEmitter & {
  windowOpenHandler?: (details: { url: string }) => unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void;
};

export function fakeWebContents(): FakeWebContents {
  const contents = new EventEmitter() as FakeWebContents;
  contents.setWindowOpenHandler = (handler) => (contents.windowOpenHandler = handler);
  return contents;
}

/** Emits a cancellable event the way Electron does; true when a listener prevented it. */
export function emitPreventable(contents: EventEmitter, name: string, url?: string): boolean {
  const event = { preventDefault: vi.fn() };
  contents.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

export interface CreatedWindow {
  options: BrowserWindowConstructorOptions;
  loaded: string | null;
  webContents: FakeWebContents;
}

export interface FakeWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly record: CreatedWindow;
}

export interface FakeBrowserWindowClass {
  new (options: BrowserWindowConstructorOptions): FakeWindow;
  created: CreatedWindow[];
  fromWebContents(contents: unknown): FakeWindow | null;
}

/**
 * A BrowserWindow class that records what it was created with and which URL it loaded. Like
 * Electron, it announces its web contents through `app`'s 'web-contents-created' when one is given.
 */
export function fakeBrowserWindowClass(app?: EventEmitter): FakeBrowserWindowClass {
  const created: CreatedWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    static created = created;
    static fromWebContents(contents: unknown) {
      return windows.find((w) => w.webContents === contents) ?? null;
    }
    readonly webContents = fakeWebContents();
    readonly record: CreatedWindow;
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      this.record = { options, loaded: null, webContents: this.webContents };
      created.push(this.record);
      windows.push(this);
      app?.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      this.record.loaded = url;
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }
  const windows: FakeBrowserWindow[] = [];
  return FakeBrowserWindow;
}
