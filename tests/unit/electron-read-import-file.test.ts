// The import reader against a real temporary folder: real files, a real FIFO, a real device.
import { execFileSync } from 'node:child_process';
import { constants, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readImportFile } from '../../electron/main/read-import-file';

const dir = mkdtempSync(path.join(tmpdir(), 'import-file-'));
const file = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const posix = process.platform !== 'win32';
const fifo = file('list.json');

// If a broken reader ever blocks on the FIFO, a writer that opens and closes it sets it free, so
// the failing test ends instead of leaving a thread stuck in open().
afterEach(async () => {
  if (!existsSync(fifo)) return;
  try {
    await (await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK)).close();
  } catch {
    // No reader waiting: nothing to free.
  }
});

describe('reading a file chosen for import', () => {
  it('reads a regular file whole', async () => {
    writeFileSync(file('ok.json'), '{"format":"x"}');
    const read = await readImportFile(file('ok.json'), 100);
    expect(read.status).toBe('opened');
    expect(new TextDecoder().decode((read as { bytes: Uint8Array }).bytes)).toBe('{"format":"x"}');
    writeFileSync(file('limit.json'), 'x'.repeat(100));
    expect(await readImportFile(file('limit.json'), 100)).toMatchObject({ status: 'opened' });
    writeFileSync(file('empty.json'), '');
    expect(await readImportFile(file('empty.json'), 100)).toEqual({
      status: 'opened',
      bytes: new Uint8Array(),
    });
  });

  it('refuses a file over the limit from its size, before reading', async () => {
    writeFileSync(file('big.json'), 'x'.repeat(101));
    expect(await readImportFile(file('big.json'), 100)).toEqual({ status: 'too-large', bytes: 101 });
  });

  it('refuses a folder', async () => {
    mkdirSync(file('folder.json'));
    expect(await readImportFile(file('folder.json'), 100)).toEqual({ status: 'not-a-file' });
  });

  it.runIf(posix)(
    'refuses a FIFO at once instead of waiting for a writer, also behind a symlink',
    async () => {
      execFileSync('mkfifo', [fifo]);
      expect(await readImportFile(fifo, 100)).toEqual({ status: 'not-a-file' });
      symlinkSync(fifo, file('link.json'));
      expect(await readImportFile(file('link.json'), 100)).toEqual({ status: 'not-a-file' });
    },
  );

  it.runIf(existsSync('/dev/zero'))('refuses a device that would never end', async () => {
    expect(await readImportFile('/dev/zero', 100)).toEqual({ status: 'not-a-file' });
  });

  it.runIf(existsSync('/proc/self/status'))(
    'stops reading past the limit when the size lies (a /proc file says 0 bytes)',
    async () => {
      const read = await readImportFile('/proc/self/status', 64);
      expect(read).toEqual({ status: 'too-large', bytes: 65 });
      const whole = await readImportFile('/proc/self/status', 1024 * 1024);
      expect(whole.status).toBe('opened');
      expect(new TextDecoder().decode((whole as { bytes: Uint8Array }).bytes)).toMatch(/^Name:/);
    },
  );

  it('fails as the file system does for a path that is gone', async () => {
    await expect(readImportFile(file('missing.json'), 100)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
