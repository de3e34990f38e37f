import { describe, expect, it } from 'vitest';
import { checkDiskRoom, checkRoom, roomNeeded } from '../../renderer/src/db/storage-space';

const MB = 1024 * 1024;

/**
 * A StorageManager whose origin-private file system has `free` bytes of room: writes past it fail
 * as Chromium's do. It records what the probe left behind.
 */
function storageWith({
  quota = 1024 ** 3,
  usage = 0,
  free = Infinity,
  getDirectory = 'works' as 'works' | 'missing' | 'InvalidStateError' | 'SecurityError',
}) {
  const seen = { written: 0, aborted: 0, closed: 0, files: new Set<string>() };
  const fail = (name: string) => Promise.reject(new DOMException(name, name));
  const directory = {
    async getFileHandle(name: string) {
      seen.files.add(name);
      return {
        async createWritable() {
          return {
            async write(chunk: Uint8Array) {
              if (seen.written + chunk.byteLength > free) return fail('QuotaExceededError');
              seen.written += chunk.byteLength;
            },
            async abort() {
              seen.aborted++;
            },
            async close() {
              seen.closed++;
            },
          };
        },
      };
    },
    async removeEntry(name: string) {
      seen.files.delete(name);
    },
  };
  const storage = {
    estimate: async () => ({ quota, usage }),
    ...(getDirectory !== 'missing' && {
      getDirectory: () =>
        getDirectory === 'works'
          ? Promise.resolve(directory as unknown as FileSystemDirectoryHandle)
          : fail(getDirectory),
    }),
  };
  return { storage, seen };
}

describe('room before a large write', () => {
  it('asks three times the file and 4 MB more (an 8 MB list file: 28 MB)', () => {
    expect(roomNeeded('listImport', 8 * MB)).toBe(28 * MB);
  });

  it('refuses on the quota estimate, saying how much there is, without touching the disk', async () => {
    const { storage, seen } = storageWith({ quota: 100 * MB, usage: 90 * MB });
    expect(await checkRoom(28 * MB, storage)).toEqual({ needed: 28 * MB, available: 10 * MB });
    expect(seen.files.size + seen.written).toBe(0);
  });

  it('refuses when the disk has no room though the estimate says it has (Chromium on a full disk)', async () => {
    const { storage, seen } = storageWith({ free: 3 * MB });
    expect(await checkRoom(28 * MB, storage)).toEqual({ needed: 28 * MB, available: null });
    expect(seen.aborted).toBe(1);
    expect(seen.closed).toBe(0);
    expect(seen.files.size).toBe(0);
  });

  it('writes exactly what is needed, keeps none of it, and lets the write go on', async () => {
    const { storage, seen } = storageWith({ free: 100 * MB });
    expect(await checkRoom(28 * MB + 5, storage)).toBeNull();
    expect(seen.written).toBe(28 * MB + 5);
    expect(seen.aborted).toBe(1);
    expect(seen.closed).toBe(0);
    expect(seen.files.size).toBe(0);
  });

  it('reads an origin file system that cannot even be made as a full disk', async () => {
    expect(await checkDiskRoom(16 * MB, storageWith({ getDirectory: 'InvalidStateError' }).storage)).toEqual({
      needed: 16 * MB,
      available: null,
    });
  });

  it('leaves the decision to the estimate where the scratch file is not allowed or not there', async () => {
    expect(await checkRoom(28 * MB, storageWith({ getDirectory: 'SecurityError' }).storage)).toBeNull();
    expect(await checkRoom(28 * MB, storageWith({ getDirectory: 'missing' }).storage)).toBeNull();
    expect(await checkRoom(28 * MB, undefined)).toBeNull();
  });
});
