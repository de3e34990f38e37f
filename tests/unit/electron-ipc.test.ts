import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcRejection, registerIpcHandlers } from '../../electron/main/ipc-handlers';
import { IPC } from '../../shared/ipc/channels';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/contract';
import { parseExternalUrl } from '../../shared/ipc/external-url';

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

function setup() {
  const handlers = new Map<string, Handler>();
  const deps = {
    ipcMain: { handle: (channel: string, h: Handler) => handlers.set(channel, h) },
    dialog: {
      showOpenDialog: vi.fn().mockResolvedValue({ canceled: false, filePaths: ['/home/u/catalog.json'] }),
      showSaveDialog: vi.fn().mockResolvedValue({ canceled: false, filePath: '/home/u/list.csv' }),
    },
    shell: { openExternal: vi.fn().mockResolvedValue(undefined) },
    app: { getVersion: () => '0.1.0' },
    fs: {
      stat: vi.fn().mockResolvedValue({ size: 12 }),
      readFile: vi.fn().mockResolvedValue(new TextEncoder().encode('{"hello":1}')),
      writeFile: vi.fn().mockResolvedValue(undefined),
    },
    windowFor: () => null,
    baseName: (f: string) => f.split('/').pop()!,
    team: {
      store: { load: vi.fn(), save: vi.fn(), forget: vi.fn(), teamOrigin: () => null },
      servedOrigin: () => null,
    },
  };
  registerIpcHandlers(deps);
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
    [IPC.openExternal, [{ url: 42 }]],
    [IPC.openExternal, [{ url: 'https://a.jp', extra: true }]],
    [IPC.openExternal, []],
    [IPC.saveExport, [{ suggestedName: '../../etc/passwd', filters: [], data: 'x' }]],
    [
      IPC.saveExport,
      [{ suggestedName: 'a.csv', filters: [{ name: 'CSV', extensions: ['c s v'] }], data: 'x' }],
    ],
    [IPC.printToPdf, [{ suggestedName: 'a.pdf' }]],
    [IPC.openFileForImport, ['not an object']],
  ])('rejects malformed arguments to %s', async (channel, args) => {
    await expect(ctx.call(channel, trusted(), ...args)).rejects.toThrow(IpcRejection);
    expect(ctx.deps.shell.openExternal).not.toHaveBeenCalled();
    expect(ctx.deps.fs.writeFile).not.toHaveBeenCalled();
  });

  it('opens only https, mailto and tel links, after parsing', async () => {
    const open = (url: string) => ctx.call(IPC.openExternal, trusted(), { url });
    await expect(open('mailto:coi-next@mext.go.jp')).resolves.toEqual({ opened: true });
    await expect(open('tel:0352534111')).resolves.toEqual({ opened: true });
    await expect(open('https://www.maff.go.jp/')).resolves.toEqual({ opened: true });
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'file:///etc/passwd',
      'http://example.com/',
      'smb://host/share',
      'https://user:pw@evil.example/',
    ]) {
      await expect(open(bad)).resolves.toEqual({ opened: false });
    }
    expect(ctx.deps.shell.openExternal.mock.calls.map((c) => c[0])).toEqual([
      'mailto:coi-next@mext.go.jp',
      'tel:0352534111',
      'https://www.maff.go.jp/',
    ]);
  });

  it('reads an import file, and refuses one over the size limit before reading it', async () => {
    const filters = [{ name: 'JSON', extensions: ['json'] }];
    const opened = (await ctx.call(IPC.openFileForImport, trusted(), { filters })) as {
      status: string;
      name: string;
    };
    expect(opened).toMatchObject({ status: 'opened', name: 'catalog.json' });

    ctx.deps.fs.stat.mockResolvedValue({ size: MAX_IMPORT_BYTES + 1 });
    ctx.deps.fs.readFile.mockClear();
    await expect(ctx.call(IPC.openFileForImport, trusted(), { filters })).resolves.toEqual({
      status: 'too-large',
      name: 'catalog.json',
      bytes: MAX_IMPORT_BYTES + 1,
    });
    expect(ctx.deps.fs.readFile).not.toHaveBeenCalled();

    ctx.deps.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(ctx.call(IPC.openFileForImport, trusted(), { filters })).resolves.toEqual({
      status: 'canceled',
    });
  });

  it('writes an export only where the user chose, and nothing when cancelled', async () => {
    const args = {
      suggestedName: '候補リスト.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: 'a,b',
    };
    await expect(ctx.call(IPC.saveExport, trusted(), args)).resolves.toEqual({ saved: true });
    expect(ctx.deps.fs.writeFile).toHaveBeenCalledWith('/home/u/list.csv', 'a,b');

    ctx.deps.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(ctx.call(IPC.saveExport, trusted(), args)).resolves.toEqual({ saved: false });
    expect(ctx.deps.fs.writeFile).toHaveBeenCalledTimes(1);
  });

  it('prints the calling view to an A4 PDF', async () => {
    const event = trusted();
    await expect(
      ctx.call(IPC.printToPdf, event, { suggestedName: '配布資料.pdf', landscape: false }),
    ).resolves.toEqual({ saved: true });
    expect(event.sender.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', landscape: false }),
    );
    const [, written] = ctx.deps.fs.writeFile.mock.calls[0]!;
    expect(new TextDecoder().decode(written as Uint8Array)).toBe('%PDF-1.7');
  });
});

describe('parseExternalUrl', () => {
  it('normalises what it allows and refuses the rest', () => {
    expect(parseExternalUrl('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b');
    expect(parseExternalUrl('vbscript:msgbox')).toBeNull();
    expect(parseExternalUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(parseExternalUrl('//example.com')).toBeNull();
  });
});
