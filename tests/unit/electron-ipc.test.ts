import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcRejection, registerIpcHandlers } from '../../electron/main/ipc-handlers';
import { IPC } from '../../shared/ipc/channels';
import { MAX_IMPORT_BYTES, MAX_SAVE_BYTES } from '../../shared/ipc/contract';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function senderEvent(url: string, { subFrame = false } = {}): IpcMainInvokeEvent {
  const mainFrame = { url };
  const senderFrame = subFrame ? { url } : mainFrame;
  return {
    sender: { mainFrame, printToPDF: vi.fn().mockResolvedValue(Buffer.from('%PDF-1.7')) },
    senderFrame,
  } as unknown as IpcMainInvokeEvent;
}

const trusted = () => senderEvent('app://bundle/index.html#/programs/coi-next');
const WINDOW = { id: 'the window' };

function setup() {
  const handlers = new Map<string, Handler>();
  const deps = {
    ipcMain: { handle: (channel: string, h: Handler) => handlers.set(channel, h) },
    dialog: {
      showOpenDialog: vi.fn().mockResolvedValue({ canceled: false, filePaths: ['/home/u/catalog.json'] }),
      showSaveDialog: vi.fn().mockResolvedValue({ canceled: false, filePath: '/home/u/list.csv' }),
    },
    openLink: vi.fn().mockResolvedValue(true),
    app: { getVersion: () => '0.1.0' },
    fs: {
      readImportFile: vi
        .fn()
        .mockResolvedValue({ status: 'opened', bytes: new TextEncoder().encode('{"hello":1}') }),
      writeFile: vi.fn().mockResolvedValue(undefined),
    },
    windowFor: () => WINDOW,
    baseName: (f: string) => f.split('/').pop()!,
    team: {
      store: { load: vi.fn(), save: vi.fn(), forget: vi.fn(), teamOrigin: () => null },
      servedOrigin: () => null,
    },
  };
  registerIpcHandlers(deps as never);
  const call = (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) =>
    handlers.get(channel)!(event, ...args);
  return { handlers, deps, call };
}

describe('IPC handlers', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(() => (ctx = setup()));

  it('registers exactly the contract channels', () => {
    expect([...ctx.handlers.keys()].sort()).toEqual(Object.values(IPC).sort());
  });

  it('answers the app itself', async () => {
    await expect(ctx.call(IPC.appVersion, trusted(), {})).resolves.toEqual({ version: '0.1.0' });
  });

  it.each([
    ['a foreign origin', senderEvent('https://evil.example/')],
    ['a local web server', senderEvent('http://127.0.0.1:4173/')],
    ['a file URL', senderEvent('file:///tmp/x.html')],
    ['a sub-frame of the app', senderEvent('app://bundle/index.html', { subFrame: true })],
  ])('rejects calls from %s', async (_name, event) => {
    await expect(ctx.call(IPC.appVersion, event, {})).rejects.toBeInstanceOf(IpcRejection);
  });

  it('rejects a sender whose frame is gone', async () => {
    const event = { sender: { mainFrame: null }, senderFrame: null } as unknown as IpcMainInvokeEvent;
    await expect(ctx.call(IPC.appVersion, event, {})).rejects.toThrow('sender frame is gone');
  });

  it.each([
    [IPC.openExternal, [{ url: 42, locale: 'ja' }]],
    [IPC.openExternal, [{ url: 'https://a.jp', locale: 'ja', extra: true }]],
    [IPC.openExternal, [{ url: 'https://a.jp', locale: 'fr' }]],
    [IPC.openExternal, []],
    [IPC.saveExport, [{ kind: 'executable', suggestedName: 'a.exe', data: 'x' }]],
    [IPC.saveExport, [{ kind: 'table', suggestedName: 'a.csv', data: 'x', filters: [] }]],
    [IPC.saveExport, [{ kind: 'table', suggestedName: '', data: 'x' }]],
    [IPC.saveExport, [{ kind: 'table', suggestedName: 'a.csv', data: { length: 1 } }]],
    [IPC.printToPdf, [{ suggestedName: 'a.pdf' }]],
    [IPC.openFileForImport, ['not an object']],
  ])('rejects malformed arguments to %s', async (channel, args) => {
    await expect(ctx.call(channel, trusted(), ...args)).rejects.toThrow(IpcRejection);
    expect(ctx.deps.openLink).not.toHaveBeenCalled();
    expect(ctx.deps.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(ctx.deps.fs.writeFile).not.toHaveBeenCalled();
  });

  it('refuses binary data over the size limit before any dialog', async () => {
    // Zero-filled and untouched, so the operating system hands out no real memory for it.
    const data = new Uint8Array(MAX_SAVE_BYTES + 1);
    await expect(
      ctx.call(IPC.saveExport, trusted(), { kind: 'table', suggestedName: 'a.xlsx', data }),
    ).rejects.toThrow(IpcRejection);
    expect(ctx.deps.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('hands a link with the UI language and the calling window to the checked opener', async () => {
    await expect(
      ctx.call(IPC.openExternal, trusted(), { url: 'https://www.maff.go.jp/', locale: 'en' }),
    ).resolves.toEqual({ opened: true });
    expect(ctx.deps.openLink).toHaveBeenCalledWith('https://www.maff.go.jp/', {
      window: WINDOW,
      locale: 'en',
    });
    ctx.deps.openLink.mockResolvedValue(false);
    await expect(
      ctx.call(IPC.openExternal, trusted(), { url: 'tel:javascript:alert(1)', locale: 'ja' }),
    ).resolves.toEqual({ opened: false });
  });

  it('reads an import file through the checked reader with the import limit', async () => {
    const filters = [{ name: 'JSON', extensions: ['json'] }];
    await expect(ctx.call(IPC.openFileForImport, trusted(), { filters })).resolves.toMatchObject({
      status: 'opened',
      name: 'catalog.json',
    });
    expect(ctx.deps.fs.readImportFile).toHaveBeenCalledWith('/home/u/catalog.json', MAX_IMPORT_BYTES);

    ctx.deps.fs.readImportFile.mockResolvedValue({ status: 'not-a-file' });
    await expect(ctx.call(IPC.openFileForImport, trusted(), { filters })).resolves.toEqual({
      status: 'not-a-file',
      name: 'catalog.json',
    });
    ctx.deps.fs.readImportFile.mockResolvedValue({ status: 'too-large', bytes: MAX_IMPORT_BYTES + 1 });
    await expect(ctx.call(IPC.openFileForImport, trusted(), { filters })).resolves.toEqual({
      status: 'too-large',
      name: 'catalog.json',
      bytes: MAX_IMPORT_BYTES + 1,
    });

    ctx.deps.fs.readImportFile.mockClear();
    ctx.deps.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(ctx.call(IPC.openFileForImport, trusted(), { filters })).resolves.toEqual({
      status: 'canceled',
    });
    expect(ctx.deps.fs.readImportFile).not.toHaveBeenCalled();
  });

  it('offers only the kind’s extensions, under a cleaned name, and writes where the user chose', async () => {
    const save = (kind: string, suggestedName: string) =>
      ctx.call(IPC.saveExport, trusted(), { kind, suggestedName, data: 'a,b' });
    await expect(save('table', '候補リスト.csv')).resolves.toEqual({ saved: true });
    expect(ctx.deps.dialog.showSaveDialog).toHaveBeenLastCalledWith(
      WINDOW,
      expect.objectContaining({
        defaultPath: '候補リスト.csv',
        filters: [
          { name: 'CSV', extensions: ['csv'] },
          { name: 'Excel', extensions: ['xlsx'] },
        ],
      }),
    );
    expect(ctx.deps.fs.writeFile).toHaveBeenCalledWith('/home/u/list.csv', 'a,b');

    const offered = async (kind: string, name: string) => {
      await save(kind, name);
      return ctx.deps.dialog.showSaveDialog.mock.lastCall![1].defaultPath as string;
    };
    ctx.deps.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    expect(await offered('table', 'setup.exe')).toBe('setup.exe.csv');
    expect(await offered('listFile', 'nul.json')).toBe('nul_.json');
    expect(await offered('listFile', 'CON')).toBe('CON_.json');
    expect(await offered('catalogTable', 'a.csv.')).toBe('a.csv');
    expect(await offered('listFile', 'report\u202Enosj.exe')).toBe('report_nosj.exe.json');
    expect(await offered('catalogPack', '..\\..\\Windows\\win.ini')).toBe('_.._Windows_win.ini.json');
    expect(ctx.deps.fs.writeFile).toHaveBeenCalledTimes(1);
  });

  it('never writes a path with another extension: it asks again with the allowed one added', async () => {
    const args = { kind: 'listFile', suggestedName: 'リスト.json', data: '{}' };
    ctx.deps.dialog.showSaveDialog
      .mockResolvedValueOnce({ canceled: false, filePath: '/home/u/run.bat' })
      .mockResolvedValueOnce({ canceled: false, filePath: '/home/u/run.bat.json' });
    await expect(ctx.call(IPC.saveExport, trusted(), args)).resolves.toEqual({ saved: true });
    expect(ctx.deps.dialog.showSaveDialog.mock.calls[1]![1].defaultPath).toBe('/home/u/run.bat.json');
    expect(ctx.deps.fs.writeFile.mock.calls).toEqual([['/home/u/run.bat.json', '{}']]);

    ctx.deps.fs.writeFile.mockClear();
    ctx.deps.dialog.showSaveDialog.mockReset();
    ctx.deps.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/u/run.bat' });
    await expect(ctx.call(IPC.saveExport, trusted(), args)).resolves.toEqual({ saved: false });
    expect(ctx.deps.dialog.showSaveDialog).toHaveBeenCalledTimes(3);
    expect(ctx.deps.fs.writeFile).not.toHaveBeenCalled();
  });

  it('writes nothing when the save is cancelled', async () => {
    ctx.deps.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(
      ctx.call(IPC.saveExport, trusted(), { kind: 'table', suggestedName: 'a.csv', data: 'x' }),
    ).resolves.toEqual({ saved: false });
    expect(ctx.deps.fs.writeFile).not.toHaveBeenCalled();
  });

  it('prints the calling view to an A4 PDF saved as .pdf only', async () => {
    const event = trusted();
    ctx.deps.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/u/配布資料.pdf' });
    await expect(
      ctx.call(IPC.printToPdf, event, { suggestedName: '配布資料\u202E.pdf', landscape: false }),
    ).resolves.toEqual({ saved: true });
    expect(event.sender.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', landscape: false }),
    );
    expect(ctx.deps.dialog.showSaveDialog).toHaveBeenCalledWith(
      WINDOW,
      expect.objectContaining({
        defaultPath: '配布資料_.pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
    const [file, written] = ctx.deps.fs.writeFile.mock.calls[0]!;
    expect(file).toBe('/home/u/配布資料.pdf');
    expect(new TextDecoder().decode(written as Uint8Array)).toBe('%PDF-1.7');
  });
});
