import { dequal } from 'dequal';

/**
 * Characters that a Shift_JIS (CP932) file cannot keep apart: Excel saves both of each pair as
 * the same bytes, and decoding gives back the second (Windows) form. 〜 WAVE DASH becomes ～
 * FULLWIDTH TILDE, − MINUS SIGN becomes － FULLWIDTH HYPHEN-MINUS, and so on.
 */
const ROUND_TRIP_PAIRS: readonly [original: string, decoded: string][] = [
  ['\u301C', '\uFF5E'], // 〜 ～
  ['\u2212', '\uFF0D'], // − －
  ['\u2016', '\u2225'], // ‖ ∥
  ['\u00A2', '\uFFE0'], // ¢ ￠
  ['\u00A3', '\uFFE1'], // £ ￡
  ['\u00AC', '\uFFE2'], // ¬ ￢
  ['\u2014', '\u2015'], // — ―
];
const FOLD = new Map(ROUND_TRIP_PAIRS.map(([original, decoded]) => [decoded, original]));
const FOLDABLE = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'g');

/** A text with each pair written one way: two texts that differ only by a Shift_JIS round trip fold alike. */
export const foldCp932 = (text: string): string => text.replace(FOLDABLE, (c) => FOLD.get(c)!);

function sameFolded(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b || foldCp932(a) === foldCp932(b);
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameFolded(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) =>
      sameFolded((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    );
  }
  return dequal(a, b);
}

/**
 * The value read from a Shift_JIS table, with every part that differs from the installed value
 * only by those pairs given back as installed: an unedited row is unchanged, and an edited one
 * changes only where the user typed.
 */
export function keepInstalledSpelling<T>(installed: T, read: T): T {
  if (dequal(installed, read)) return read;
  if (sameFolded(installed, read)) return installed;
  if (Array.isArray(installed) && Array.isArray(read))
    return read.map((item: unknown, i) =>
      i < installed.length ? keepInstalledSpelling(installed[i], item) : item,
    ) as T;
  if (installed && read && typeof installed === 'object' && typeof read === 'object' && !Array.isArray(read))
    return Object.fromEntries(
      Object.entries(read).map(([k, v]) => [
        k,
        keepInstalledSpelling((installed as Record<string, unknown>)[k], v),
      ]),
    ) as T;
  return read;
}
