import path from 'node:path';
import { checkUserData } from '../../shared/user-data/user-data-file';

/**
 * Automatic backups of the user's data, outside the browser's database: one JSON file per save
 * in the app's data folder (the same format as 「すべてのデータを書き出す」, so a person can also
 * restore one by hand). Takes its file system as a parameter and is tested against a real folder.
 */
export interface BackupFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  open(file: string, flags: 'wx'): Promise<BackupFileHandle>;
  rename(from: string, to: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  unlink(file: string): Promise<void>;
}
export interface BackupFileHandle {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface Backup {
  savedAt: string;
  file: string;
  data: string;
}

/** Kept: the newest ten, and the newest of each of the last thirty days. */
export const KEEP_LATEST = 10;
export const KEEP_DAYS = 30;

const NAME = /^backup-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d+))?\.json$/;
const TEMPORARY = /^backup-.*\.json\.tmp$/;

/** 2026-12-02T05:06:07.089Z → backup-2026-12-02T05-06-07-089Z.json: sorts by time, valid on Windows. */
function fileName(savedAt: Date, n: number): string {
  return `backup-${savedAt.toISOString().replace(/[:.]/g, '-')}${n ? `-${n}` : ''}.json`;
}

function savedAtOf(name: string): Date | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [date, time] = match[1]!.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
}

/** Newest first; a second save in the same millisecond (`-1`) counts as the newer. */
function byNewest(a: string, b: string): number {
  const order = (name: string) => {
    const match = NAME.exec(name)!;
    return `${match[1]}.${(match[2] ?? '0').padStart(6, '0')}`;
  };
  return order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : 0;
}

/** The machine's own calendar day, as a number: "one a day" as the person at it counts days. */
function calendarDay(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}

/** Which backups to keep, given their names (newest first) and the time now. */
export function backupsToKeep(names: string[], now: Date): Set<string> {
  const keep = new Set(names.slice(0, KEEP_LATEST));
  const days = new Set<number>();
  for (const name of names) {
    const day = calendarDay(savedAtOf(name)!);
    // Today and the 29 days before it, the newest of each.
    if (calendarDay(now) - day >= KEEP_DAYS || days.has(day)) continue;
    days.add(day);
    keep.add(name);
  }
  return keep;
}

export function createBackupStore({
  dir,
  fs,
  now = () => new Date(),
  syncDir = async () => {},
}: {
  dir: string;
  fs: BackupFs;
  now?: () => Date;
  /** Makes the rename itself durable where the platform can (fsync of the folder on POSIX). */
  syncDir?: (dir: string) => Promise<void>;
}) {
  const at = (name: string) => path.join(dir, name);
  const names = async () =>
    (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => NAME.test(n)).sort(byNewest);

  return {
    folder: dir,

    /**
     * Writes `data` (checked first: a backup must always be restorable) to a temporary file,
     * flushes it to the disk, and only then renames it into place: a crash at any point leaves
     * either the whole new backup or none, never a torn one. Then prunes to the kept set.
     */
    async save(data: string): Promise<{ savedAt: string; file: string }> {
      const checked = checkUserData('backup', JSON.parse(data));
      if (!checked.ok) throw new Error(`not a user-data file: ${checked.problems[0]?.path ?? ''}`);
      await fs.mkdir(dir, { recursive: true });
      const existing = await fs.readdir(dir);
      // Left by a crash between writing and renaming: never a backup, so never read; removed here.
      for (const name of existing.filter((n) => TEMPORARY.test(n))) await fs.unlink(at(name));
      const savedAt = now();
      let n = 0;
      while (existing.includes(fileName(savedAt, n))) n++;
      const name = fileName(savedAt, n);
      const temporary = at(`${name}.tmp`);
      const handle = await fs.open(temporary, 'wx');
      try {
        await handle.writeFile(data, 'utf8');
        await handle.sync();
      } catch (error) {
        await handle.close();
        await fs.unlink(temporary).catch(() => undefined);
        throw error;
      }
      await handle.close();
      await fs.rename(temporary, at(name));
      await syncDir(dir);
      const all = await names();
      const keep = backupsToKeep(all, savedAt);
      for (const old of all.filter((n) => !keep.has(n))) await fs.unlink(at(old));
      return { savedAt: savedAt.toISOString(), file: at(name) };
    },

    /** The newest backup that reads as a user-data file; a damaged one is passed over for the one before. */
    async newest(): Promise<Backup | null> {
      for (const name of await names()) {
        try {
          const data = await fs.readFile(at(name), 'utf8');
          if (checkUserData(name, JSON.parse(data)).ok)
            return { savedAt: savedAtOf(name)!.toISOString(), file: at(name), data };
        } catch {
          // Unreadable or not JSON: try the one before.
        }
      }
      return null;
    },
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
