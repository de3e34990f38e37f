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

/**
 * The items of the array or object that starts at `start`: their ranges and where it ends. A member
 * named `split` whose value is an array has its elements listed too, in the same pass.
 */
function items(
  bytes: Uint8Array,
  start: number,
  end: number,
  open: number,
  close: number,
  keyed: boolean,
  split?: string,
): { found: { key: Range | null; value: Range }[]; end: number; split: Range[] | null } | null {
  let i = skipSpace(bytes, start, end);
  if (bytes[i] !== open) return null;
  const found: { key: Range | null; value: Range }[] = [];
  let elements: Range[] | null = null;
  const splitKey = split === undefined ? null : new TextEncoder().encode(JSON.stringify(split));
  i = skipSpace(bytes, i + 1, end);
  if (bytes[i] === close) return { found, end: i + 1, split: null };
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
    let valueEnd: number;
    if (splitKey && key && bytes[i] === 0x5b && sameBytes(bytes, key, splitKey)) {
      const inner = items(bytes, i, end, 0x5b, 0x5d, false);
      if (!inner) return null;
      elements = inner.found.map((item) => item.value);
      valueEnd = inner.end;
    } else valueEnd = skipValue(bytes, i, end);
    if (valueEnd <= i) return null;
    found.push({ key, value: [i, valueEnd] });
    i = skipSpace(bytes, valueEnd, end);
    if (bytes[i] === 0x2c) i = skipSpace(bytes, i + 1, end);
    else if (bytes[i] === close) return { found, end: i + 1, split: elements };
    else return null;
  }
}

function sameBytes(bytes: Uint8Array, [start, end]: Range, other: Uint8Array): boolean {
  if (end - start !== other.length) return false;
  for (let k = 0; k < other.length; k++) if (bytes[start + k] !== other[k]) return false;
  return true;
}

/**
 * The ranges of an object's members by key, and the elements of the array under `split` (found in
 * the same pass over the bytes); null if the bytes are not one JSON object.
 */
export function objectMembers(
  bytes: Uint8Array,
  [start, end]: Range,
  split?: string,
): { members: Map<string, Range>; elements: Range[] | null } | null {
  const read = items(bytes, start, end, 0x7b, 0x7d, true, split);
  if (!read || skipSpace(bytes, read.end, end) !== end) return null;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const members = new Map<string, Range>();
  for (const { key, value } of read.found)
    members.set(JSON.parse(decoder.decode(bytes.subarray(key![0], key![1]))) as string, value);
  return { members, elements: read.split };
}
