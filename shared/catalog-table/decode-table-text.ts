export type TableEncoding = 'utf-8' | 'utf-8 (BOM)' | 'utf-16le' | 'shift_jis';

/**
 * The text of a CSV as Japanese offices write it: UTF-8 with or without a BOM, Excel's "Unicode
 * text" (UTF-16 LE with a BOM) or Shift_JIS / CP932 (WHATWG's shift_jis decoder is CP932).
 * Decoding is strict, so a file in another encoding is refused rather than read as mojibake;
 * control characters other than tab and line breaks mean the file is not text at all.
 */
export function decodeTableText(bytes: Uint8Array): { text: string; encoding: TableEncoding } | null {
  const strict = (label: string, from = 0) =>
    new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  const attempts: [TableEncoding, () => string][] =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? [['utf-8 (BOM)', () => strict('utf-8', 3)]]
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? [['utf-16le', () => strict('utf-16le', 2)]]
        : [
            ['utf-8', () => strict('utf-8')],
            ['shift_jis', () => strict('shift_jis')],
          ];
  for (const [encoding, decode] of attempts) {
    let text: string;
    try {
      text = decode();
    } catch {
      continue;
    }
    // eslint-disable-next-line no-control-regex -- control characters are what marks a binary file
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return null;
    return { text, encoding };
  }
  return null;
}
