import type { Shell } from 'electron';
import { parseExternalUrl } from '../../shared/ipc/external-url';

/** Hands a link to the OS only after URL parsing says it is https, mailto or tel. */
export async function openExternalSafely(shell: Pick<Shell, 'openExternal'>, raw: string): Promise<boolean> {
  const url = parseExternalUrl(raw);
  if (!url) return false;
  await shell.openExternal(url);
  return true;
}
