import filenamify from 'filenamify';

/** Short enough for every file system (255 bytes is 85 Japanese characters) with room for a copy suffix. */
const MAX_NAME_LENGTH = 80;

/**
 * A file name made from text a person or a file supplied (a list name, a catalog version): no path
 * separators or characters Windows refuses, no control, bidi or other invisible format characters
 * (U+202E makes "report‮fdp.exe" read as "reportexe.pdf"), no trailing dots or spaces, no
 * Windows device name such as CON or nul.json, at most 80 characters. The rules are filenamify's.
 */
export function cleanFileName(name: string): string {
  return filenamify(name.trim(), { replacement: '_', maxLength: MAX_NAME_LENGTH });
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** `name` cleaned and ending in one of `extensions`; when it does not, the first is appended. */
export function cleanFileNameFor(name: string, extensions: readonly [string, ...string[]]): string {
  const cleaned = cleanFileName(name);
  return extensions.includes(extensionOf(cleaned)) ? cleaned : cleanFileName(`${cleaned}.${extensions[0]}`);
}
