/**
 * Byte ranges inside UTF-8 JSON, found without parsing it: a national catalog is parsed one
 * program at a time instead of as one ~300 MB string and one object graph. Multi-byte UTF-8
 * never contains an ASCII byte, so quotes, brackets and commas are found by their bytes.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export type Range = readonly [start: number, end: number];

function skipSpace(bytes: Uint8Array, i: number, end: number): number {
  while (i < end && isSpace(bytes[i])) i++;
  return i;
}

/** The index after the string that starts at `i`: the next quote not escaped, found natively (indexOf). */
function skipString(bytes: Uint8Array, i: number, end: number): number {
  for (;;) {
    const quote = bytes.indexOf(QUOTE, i + 1);
    if (quote < 0 || quote >= end) return -1;
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote;
  }
}

/** The index just after the JSON value that starts at `i`, or -1 if it never ends. */
function skipValue(bytes: Uint8Array, i: number, end: number): number {
  const first = bytes[i];
  if (first === QUOTE) return skipString(bytes, i, end);
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    while (i < end) {
      const b = bytes[i]!;
      if (b === QUOTE) {
        i = skipString(bytes, i, end);
        if (i < 0) return -1;
        continue;
      }
      if (b === 0x7b || b === 0x5b) depth++;
      else if (b === 0x7d || b === 0x5d) if (--depth === 0) return i + 1;
      i++;
    }
    return -1;
  }
  while (i < end && !isSpace(bytes[i]) && bytes[i] !== 0x2c && bytes[i] !== 0x7d && bytes[i] !== 0x5d) i++;
  return i;
}

/** The items of the array or the members of the object spanning [start, end); null if it is not one. */
function items(bytes: Uint8Array, [start, end]: Range, open: number, close: number, keyed: boolean) {
  let i = skipSpace(bytes, start, end);
  if (bytes[i] !== open) return null;
  const found: { key: Range | null; value: Range }[] = [];
  i = skipSpace(bytes, i + 1, end);
  if (bytes[i] === close) return skipSpace(bytes, i + 1, end) === end ? found : null;
  for (;;) {
    let key: Range | null = null;
    if (keyed) {
      if (bytes[i] !== QUOTE) return null;
      const keyEnd = skipString(bytes, i, end);
      if (keyEnd < 0) return null;
      key = [i, keyEnd];
      i = skipSpace(bytes, keyEnd, end);
      if (bytes[i] !== 0x3a) return null;
      i = skipSpace(bytes, i + 1, end);
    }
    const valueEnd = skipValue(bytes, i, end);
    if (valueEnd <= i) return null;
    found.push({ key, value: [i, valueEnd] });
    i = skipSpace(bytes, valueEnd, end);
    if (bytes[i] === 0x2c) i = skipSpace(bytes, i + 1, end);
    else if (bytes[i] === close) return skipSpace(bytes, i + 1, end) === end ? found : null;
    else return null;
  }
}

/** The ranges of an object's members by key; null if the bytes are not one JSON object. */
export function objectMembers(bytes: Uint8Array, range: Range): Map<string, Range> | null {
  const found = items(bytes, range, 0x7b, 0x7d, true);
  if (!found) return null;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const members = new Map<string, Range>();
  for (const { key, value } of found)
    members.set(JSON.parse(decoder.decode(bytes.subarray(key![0], key![1]))) as string, value);
  return members;
}

/** The ranges of an array's elements; null if the bytes are not one JSON array. */
export function arrayElements(bytes: Uint8Array, range: Range): Range[] | null {
  return items(bytes, range, 0x5b, 0x5d, false)?.map((item) => item.value) ?? null;
}
