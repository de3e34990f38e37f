/**
 * What a ZIP file (an .xlsx workbook) says its parts inflate to, read from its central directory
 * without inflating anything: a 3 MB file that inflates to 3 GB is refused before it costs memory.
 */
export type ZipDirectory = { entries: number; inflatedBytes: number } | 'unreadable';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is in the last 22 bytes plus a comment of at most 65,535.
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'unreadable';
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // ZIP64 (more than 65,535 parts or 4 GB) is never what Excel writes for a table.
  if (entries === 0xffff || offset === 0xffffffff) return 'unreadable';
  let inflatedBytes = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL) return 'unreadable';
    const inflated = view.getUint32(offset + 24, true);
    if (inflated === 0xffffffff) return 'unreadable';
    inflatedBytes += inflated;
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return { entries, inflatedBytes };
}
