import type { IpcMainInvokeEvent, Session } from 'electron';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../electron/main/app-protocol';
import { createCredentialStore } from '../../electron/main/credentials';
import { registerCredentialHandlers } from '../../electron/main/credentials-ipc';
import { blockNetworkRequests } from '../../electron/main/security';
import { IPC } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { TeamCredentials } from '../../shared/team/connection';

const CREDENTIALS: TeamCredentials = {
  connection: { serverUrl: 'https://couch.example.ac.jp/', database: 'ura-office', username: 'aiko' },
  password: 'パスワード secret-123',
};

/** safeStorage stand-in: "encrypts" by reversing bytes and tagging, so plaintext never matches. */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.concat([Buffer.from('ENC'), Buffer.from(text, 'utf8').reverse()]),
    decryptString: (cipher: Buffer) => {
      if (cipher.subarray(0, 3).toString() !== 'ENC') throw new Error('not ours');
      return Buffer.from(cipher.subarray(3)).reverse().toString('utf8');
    },
  };
}
function fakeFs() {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    readFile: async (file: string) => {
      const data = files.get(file);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return data;
    },
    writeFile: async (file: string, data: Uint8Array) => void files.set(file, data),
    rm: async (file: string) => void files.delete(file),
  };
}
const FILE = '/home/aiko/.config/shien-menu-navi/team-credentials.bin';

describe('team credentials (main process, safeStorage)', () => {
  it('writes only ciphertext and reads it back in a new session', async () => {
    const fs = fakeFs();
    const store = createCredentialStore({ safeStorage: fakeSafeStorage(), fs, file: FILE });
    expect(await store.save(CREDENTIALS)).toEqual({ persisted: true });
    const onDisk = Buffer.from(fs.files.get(FILE)!);
    expect(onDisk.includes(Buffer.from('secret-123'))).toBe(false);
    expect(onDisk.includes(Buffer.from(CREDENTIALS.password))).toBe(false);
    const nextStart = createCredentialStore({ safeStorage: fakeSafeStorage(), fs, file: FILE });
    expect(await nextStart.load()).toEqual(CREDENTIALS);
    expect(nextStart.teamOrigin()).toBe('https://couch.example.ac.jp');
    await nextStart.forget();
    expect(fs.files.has(FILE)).toBe(false);
    expect(nextStart.teamOrigin()).toBeNull();
  });

  it.each([
    ['no encryption at all', fakeSafeStorage('unknown', false)],
    ["Linux's fixed-key fallback", fakeSafeStorage('basic_text', true)],
  ])('with %s, keeps the password for this session only and writes nothing', async (_label, safeStorage) => {
    const fs = fakeFs();
    const store = createCredentialStore({ safeStorage, fs, file: FILE });
    expect(await store.save(CREDENTIALS)).toEqual({ persisted: false });
    expect(fs.files.size).toBe(0);
    expect(await store.load()).toEqual(CREDENTIALS);
    expect(await createCredentialStore({ safeStorage, fs, file: FILE }).load()).toBeNull();
  });

  it('treats a damaged or foreign file as no saved team', async () => {
    const fs = fakeFs();
    fs.files.set(FILE, new TextEncoder().encode('{"password":"plain"}'));
    const store = createCredentialStore({ safeStorage: fakeSafeStorage(), fs, file: FILE });
    expect(await store.load()).toBeNull();
  });
});

describe('team credential IPC', () => {
  function setup(servedOrigin: string | null) {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
    const store = createCredentialStore({ safeStorage: fakeSafeStorage(), fs: fakeFs(), file: FILE });
    registerCredentialHandlers(
      { handle: (c: string, h: never) => handlers.set(c, h) },
      store,
      () => servedOrigin,
    );
    const event = (url: string) => {
      const mainFrame = { url };
      return { sender: { mainFrame }, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
    };
    return { handlers, event };
  }

  it('asks for a reload when the page was served without the new team origin, not otherwise', async () => {
    const first = setup(null);
    const save = first.handlers.get(IPC.teamSaveCredentials)!;
    await expect(save(first.event('app://bundle/index.html'), CREDENTIALS)).resolves.toEqual({
      persisted: true,
      reloadRequired: true,
    });
    const same = setup('https://couch.example.ac.jp');
    await expect(
      same.handlers.get(IPC.teamSaveCredentials)!(same.event('app://bundle/index.html'), CREDENTIALS),
    ).resolves.toEqual({ persisted: true, reloadRequired: false });
  });

  it('refuses another sender, a plain-http server that is not this machine, and extra fields', async () => {
    const { handlers, event } = setup(null);
    const save = handlers.get(IPC.teamSaveCredentials)!;
    await expect(save(event('https://evil.example/'), CREDENTIALS)).rejects.toThrow(/not the app/);
    const insecure = {
      ...CREDENTIALS,
      connection: { ...CREDENTIALS.connection, serverUrl: 'http://couch.example.ac.jp/' },
    };
    await expect(save(event('app://bundle/index.html'), insecure)).rejects.toThrow(/invalid argument/);
    await expect(save(event('app://bundle/index.html'), { ...CREDENTIALS, admin: true })).rejects.toThrow(
      /invalid argument/,
    );
    const load = handlers.get(IPC.teamLoadCredentials)!;
    await expect(load(event('app://bundle/index.html'), {})).resolves.toEqual({ credentials: null });
  });
});

describe('one team origin in the CSP and the request filter', () => {
  const root = path.resolve('/srv/app/dist-renderer');
  const html = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;

  it('puts the connected origin, and no other, in both the header and the page’s meta policy', async () => {
    let origin: string | null = null;
    const served: (string | null)[] = [];
    const handler = createAppProtocolHandler({
      rootDir: root,
      readFile: async () => new TextEncoder().encode(html),
      teamOrigin: () => origin,
      onPageServed: (o) => served.push(o),
    });
    const off = await handler(new Request('app://bundle/index.html'));
    expect(off.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await off.text()).toContain(`content="${CONTENT_SECURITY_POLICY}"`);

    origin = 'https://couch.example.ac.jp';
    const on = await handler(new Request('app://bundle/index.html'));
    const header = on.headers.get('content-security-policy')!;
    expect(header).toContain("connect-src 'self' https://couch.example.ac.jp;");
    expect(header.replace(' https://couch.example.ac.jp', '')).toBe(CONTENT_SECURITY_POLICY);
    expect(await on.text()).toContain(`content="${header}"`);
    expect(served).toEqual([null, 'https://couch.example.ac.jp']);
  });

  it('lets requests reach the team origin only', () => {
    let listener: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    let origin: string | null = null;
    blockNetworkRequests(
      { webRequest: { onBeforeRequest: (l: typeof listener) => (listener = l) } } as unknown as Session,
      () => origin,
    );
    const cancelled = (url: string) => {
      const callback = vi.fn();
      listener!({ url }, callback);
      return callback.mock.calls[0]![0].cancel as boolean;
    };
    expect(cancelled('https://couch.example.ac.jp/ura-office/_changes')).toBe(true);
    origin = 'https://couch.example.ac.jp';
    expect(cancelled('https://couch.example.ac.jp/ura-office/_changes')).toBe(false);
    expect(cancelled('https://couch.example.ac.jp:6984/ura-office')).toBe(true);
    expect(cancelled('http://couch.example.ac.jp/ura-office')).toBe(true);
    expect(cancelled('https://evil.example/')).toBe(true);
    expect(cancelled('app://bundle/index.html')).toBe(false);
  });
});
