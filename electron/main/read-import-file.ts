import { constants, open } from 'node:fs/promises';

export type ImportFileRead =
  | { status: 'opened'; bytes: Uint8Array<ArrayBuffer> }
  | { status: 'too-large'; bytes: number }
  | { status: 'not-a-file' };

/**
 * Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever, before
 * any check could run. It changes nothing for a regular file. Windows has no such flag.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file the user chose for import, trusting nothing about it: only a regular file (not a
 * FIFO, device, socket or directory), judged on the open handle so the path cannot be swapped
 * between the check and the read; its size checked on that handle before reading; and the read
 * itself stopped past `maxBytes`, because a size can lie (/proc files report 0, a file can grow).
 */
export async function readImportFile(file: string, maxBytes: number): Promise<ImportFileRead> {
  const handle = await open(file, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { status: 'not-a-file' };
    if (info.size > maxBytes) return { status: 'too-large', bytes: info.size };
    // One byte more than the file says it holds: reading it means the size lied.
    let buffer = new Uint8Array(info.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { status: 'too-large', bytes: length };
        const grown = new Uint8Array(Math.min(maxBytes + 1, Math.max(buffer.length * 2, 64 * 1024)));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { status: 'opened', bytes: buffer.slice(0, length) };
  } finally {
    await handle.close();
  }
}
