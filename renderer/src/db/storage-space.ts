/**
 * Room on this device before a large write (a list file, a restore, a catalog update).
 *
 * Why two checks: `navigator.storage.estimate()` is the standard answer and catches an origin
 * over its quota, but Chromium reports a quota computed from the disk's total size, not from what
 * is free. On a full disk it still says "a gigabyte left" (seen: 3 MB free, estimate 1,073 MB), and
 * a list import that then filled the disk made Chromium delete the whole database at the next
 * start. So we also try the room itself: write the bytes the import will need to a scratch file in
 * the origin-private file system, then throw the write away. Chromium refuses that write with a
 * QuotaExceededError when the disk lacks the room, and discards it without keeping a byte.
 */

/**
 * How much room a write needs, as a multiple of the file it comes from. Measured in Chromium: an
 * 8 MB list file grew the profile by 6.4 MB at commit, and LevelDB's compaction then writes the
 * same rows again beside its log before deleting it; a failed commit leaves what it wrote until
 * then. Three times the file is that with headroom. A catalog update also keeps the previous
 * catalog for undo in the same transaction: the same factor covers the old catalog's copy, which
 * is about the size of the new one.
 */
export const ROOM_FACTOR = { listImport: 3, restore: 3, catalogUpdate: 3 } as const;
export type LargeWrite = keyof typeof ROOM_FACTOR;

/** Kept free beyond the write, so the note typed after an import still saves. */
export const ROOM_RESERVE_BYTES = 4 * 1024 * 1024;

/**
 * Free disk the app wants before it opens the database. Opening replays LevelDB's log into a new
 * table file; a log left by a write that failed on a full disk held 3 MB in our runs. Chromium
 * deletes a database it cannot open that way, so the app does not open one without this room.
 */
export const OPEN_ROOM_BYTES = 16 * 1024 * 1024;

export function roomNeeded(kind: LargeWrite, fileBytes: number): number {
  return Math.ceil(fileBytes * ROOM_FACTOR[kind]) + ROOM_RESERVE_BYTES;
}

/** Not enough room: how much the write needs and, where the browser says, how much there is. */
export interface NoRoom {
  needed: number;
  available: number | null;
}

/** Thrown by a repository asked to write without room; `useCheckedWrite` shows it as "storage full". */
export class NotEnoughRoomError extends Error {
  override name = 'NotEnoughRoomError';
  constructor(readonly room: NoRoom) {
    super(`${room.needed} bytes needed, ${room.available ?? 'unknown'} available`);
  }
}

type StorageWithProbe = Pick<StorageManager, 'estimate'> & Partial<Pick<StorageManager, 'getDirectory'>>;

const PROBE_CHUNK = 4 * 1024 * 1024;

/** Null when there is room (or no way to tell), else what is short. */
export async function checkRoom(
  needed: number,
  storage: StorageWithProbe | undefined = globalThis.navigator?.storage,
): Promise<NoRoom | null> {
  if (!storage) return null;
  const estimate = await storage.estimate().catch(() => null);
  if (estimate?.quota !== undefined) {
    const available = Math.max(0, estimate.quota - (estimate.usage ?? 0));
    if (available < needed) return { needed, available };
  }
  return (await diskHasRoom(needed, storage)) ? null : { needed, available: null };
}

/** Only the disk (the write-and-discard probe): what opening the database needs. */
export async function checkDiskRoom(
  needed: number,
  storage: StorageWithProbe | undefined = globalThis.navigator?.storage,
): Promise<NoRoom | null> {
  return !storage || (await diskHasRoom(needed, storage)) ? null : { needed, available: null };
}

/** Throws NotEnoughRoomError when `checkRoom` finds too little room. */
export async function ensureRoom(kind: LargeWrite, fileBytes: number, storage?: StorageWithProbe) {
  const short = await checkRoom(roomNeeded(kind, fileBytes), storage);
  if (short) throw new NotEnoughRoomError(short);
}

/**
 * How Chromium says the disk is full to the scratch file: QuotaExceededError from a write, and
 * InvalidStateError from getDirectory() when the origin's file system has never been made and
 * cannot be now. Any other failure (no such API, not allowed in a private window) says nothing
 * about room, and the quota estimate decides alone.
 */
const NO_ROOM = new Set(['QuotaExceededError', 'InvalidStateError']);

/** Writes `bytes` to a scratch file and discards them; false when the disk has no room for them. */
async function diskHasRoom(bytes: number, storage: StorageWithProbe): Promise<boolean> {
  if (typeof storage.getDirectory !== 'function') return true;
  const name = `room-check-${crypto.randomUUID()}`;
  let root: FileSystemDirectoryHandle | null = null;
  try {
    root = await storage.getDirectory();
    const handle = await root.getFileHandle(name, { create: true });
    if (typeof handle.createWritable !== 'function') return true;
    // The scratch copy is written beside the file and removed by abort(): nothing is ever kept.
    const writable = await handle.createWritable();
    try {
      const chunk = noise(Math.min(PROBE_CHUNK, bytes));
      for (let written = 0; written < bytes; written += chunk.byteLength) {
        await writable.write(written + chunk.byteLength > bytes ? chunk.subarray(0, bytes - written) : chunk);
      }
    } finally {
      await writable.abort().catch(() => undefined);
    }
    return true;
  } catch (error) {
    const kind = (error as { name?: unknown } | null)?.name;
    return !(typeof kind === 'string' && NO_ROOM.has(kind));
  } finally {
    await root?.removeEntry(name).catch(() => undefined);
  }
}

/** Random bytes: a file system that compresses (btrfs, ZFS) would store zeros in no room at all. */
function noise(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  return bytes;
}
