import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_EXECUTABLE } from './chromium';

const run = promisify(execFile);

/**
 * A real, small disk for a browser profile: a tmpfs mounted in a private mount namespace (so no
 * privileges beyond user namespaces are needed, and nothing outlives the test), with a Chromium
 * started inside that namespace. It lets a test fill the disk for real, which no quota override
 * reproduces: Chromium's reaction to a full disk (deleting the database at the next start) only
 * happens on a disk.
 */
export interface SmallDisk {
  /** The profile directory, on the small disk. */
  profileDir: string;
  /** Give this as Playwright's executablePath: Chromium, started on the small disk's side. */
  chromium: string;
  /** Fills the disk with a file (made anew each time) so that only `bytes` stay free. */
  leaveFree(bytes: number): Promise<void>;
  /** Removes the filler. */
  free(): Promise<void>;
  freeBytes(): Promise<number>;
  dispose(): Promise<void>;
}

/** The small disk, or why this machine cannot make one (no user namespaces, no nsenter ...). */
export async function smallDisk(megabytes: number): Promise<SmallDisk | { unavailable: string }> {
  if (process.platform !== 'linux') return { unavailable: 'tmpfs in a mount namespace needs Linux' };
  const root = await mkdtemp(path.join(tmpdir(), 'small-disk-'));
  const mountPoint = path.join(root, 'disk');
  const holder = spawn(
    'unshare',
    [
      '--user',
      '--map-root-user',
      '--mount',
      'sh',
      '-c',
      `mkdir -p "$0" && mount -t tmpfs -o size=${megabytes}m tmpfs "$0" && echo mounted && exec sleep 3600`,
      mountPoint,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const ready = await mounted(holder);
  if (ready !== true) {
    holder.kill();
    await rm(root, { recursive: true, force: true });
    return { unavailable: ready };
  }
  const pid = String(holder.pid);
  const inside = (command: string[]) => run('nsenter', ['--target', pid, '--user', '--mount', ...command]);
  const chromium = path.join(root, 'chromium-on-small-disk.sh');
  await writeFile(
    chromium,
    `#!/bin/sh\nexec nsenter --target ${pid} --user --mount ${CHROMIUM_EXECUTABLE ?? 'chromium'} "$@"\n`,
  );
  await chmod(chromium, 0o755);
  const freeBytes = async () => {
    const { stdout } = await inside(['df', '-B1', '--output=avail', mountPoint]);
    return Number(stdout.trim().split('\n').pop());
  };
  try {
    await inside(['true']);
  } catch (error) {
    holder.kill();
    await rm(root, { recursive: true, force: true });
    return { unavailable: `nsenter cannot join the namespace: ${String(error)}` };
  }
  return {
    profileDir: path.join(mountPoint, 'profile'),
    chromium,
    freeBytes,
    async leaveFree(bytes) {
      await inside(['rm', '-f', `${mountPoint}/filler`]);
      const filler = Math.floor(((await freeBytes()) - bytes) / 1024);
      if (filler > 0)
        await inside([
          'dd',
          'if=/dev/zero',
          `of=${mountPoint}/filler`,
          'bs=1K',
          `count=${filler}`,
          'status=none',
        ]);
    },
    async free() {
      await inside(['rm', '-f', `${mountPoint}/filler`]);
    },
    async dispose() {
      holder.kill();
      await rm(root, { recursive: true, force: true });
    },
  };
}

function mounted(holder: ChildProcess): Promise<true | string> {
  return new Promise((resolve) => {
    let errors = '';
    holder.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    holder.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('mounted')) resolve(true);
    });
    holder.on('error', (error) => resolve(`unshare failed: ${error.message}`));
    holder.on('exit', (code) => resolve(`unshare exited (${code}): ${errors.trim()}`));
  });
}
