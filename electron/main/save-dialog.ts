import path from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';
import { FORMAT_NAMES, SAVE_KINDS, type SaveKind } from '../../shared/ipc/save-kinds';
import { cleanFileNameFor, extensionOf } from '../../shared/security/file-name';

/** A person who keeps typing another extension is asked this many times, then nothing is saved. */
const MAX_ASKS = 3;

/**
 * Asks where to save a file of the given kind and returns the path, or null when the user cancels.
 * The page only suggests a name; it is cleaned here and given an allowed extension, and the dialog
 * offers only that kind's extensions. A path the user types with any other extension is not
 * written: the dialog asks again with the allowed extension added, so the OS still confirms before
 * anything with that name is replaced.
 */
export async function chooseSavePath(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: BrowserWindow | null,
  kind: SaveKind,
  suggestedName: string,
): Promise<string | null> {
  const extensions = SAVE_KINDS[kind];
  let defaultPath = cleanFileNameFor(suggestedName, extensions);
  for (let ask = 0; ask < MAX_ASKS; ask++) {
    const options: SaveDialogOptions = {
      defaultPath,
      filters: extensions.map((extension) => ({
        name: FORMAT_NAMES[extension] ?? extension.toUpperCase(),
        extensions: [extension],
      })),
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    if ((extensions as readonly string[]).includes(extensionOf(path.basename(choice.filePath))))
      return choice.filePath;
    defaultPath = path.join(
      path.dirname(choice.filePath),
      cleanFileNameFor(path.basename(choice.filePath), extensions),
    );
  }
  return null;
}
