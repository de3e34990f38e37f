/**
 * File sizes for people: 52428800 → "50 MB", 1536 → "1.5 kB", 500 → "500 バイト" / "500 bytes".
 * Binary steps (1024), as file managers show them; the unit words come from Intl, in each language.
 */
export type SizeLocale = 'ja' | 'en';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatBytes(bytes: number, locale: SizeLocale): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}
