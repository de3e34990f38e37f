/**
 * The one place dates are formatted for people. Dates are stored as ISO strings (YYYY-MM-DD, or
 * a full ISO timestamp); this turns them into each UI language's conventions:
 *   ja: 2026年12月15日（令和8年）   fiscal year 令和4年度
 *   en: 15 Dec 2026                 fiscal year FY2022
 */
export type DateLocale = 'ja' | 'en';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

// Formatters are costly to create and lists draw many dates: made once.
const FORMATS = {
  ja: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  jaEra: new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' }),
  jaMonth: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  enMonth: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  jaTime: new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit' }),
  enTime: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }),
};

/** The calendar day of an ISO date or timestamp as a UTC midnight Date, or null if it is not one. */
export function parseIsoDay(iso: string): Date | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** Today's calendar day where the user is, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 令和8年 for a day in 2026; the era year the way Japanese offices write it. */
export function eraYear(iso: string): string | null {
  const day = parseIsoDay(iso);
  return day ? FORMATS.jaEra.format(day).replace(/^(\D+)1年$/, '$1元年') : null;
}

/** 2026年12月15日（令和8年） / 15 Dec 2026. An unreadable value is shown as it is. */
export function formatDate(iso: string, locale: DateLocale): string {
  const day = parseIsoDay(iso);
  if (!day) return iso;
  return locale === 'ja' ? `${FORMATS.ja.format(day)}（${eraYear(iso)}）` : FORMATS.en.format(day);
}

/** A date with the time of day, for "last synced" or "saved at": 2026年12月2日（令和8年） 14:05. */
export function formatDateTime(isoTimestamp: string, locale: DateLocale): string {
  const instant = new Date(isoTimestamp);
  if (Number.isNaN(instant.getTime())) return isoTimestamp;
  const time = (locale === 'ja' ? FORMATS.jaTime : FORMATS.enTime).format(instant);
  return `${formatDate(todayIso(instant), locale)} ${time}`;
}

/** 2026年12月 / December 2026, for calendar headings. */
export function formatMonth(year: number, monthIndex: number, locale: DateLocale): string {
  const day = new Date(Date.UTC(year, monthIndex, 1));
  return (locale === 'ja' ? FORMATS.jaMonth : FORMATS.enMonth).format(day);
}

/**
 * A Japanese fiscal year (April to March) by its Western starting year: 令和4年度 / FY2022.
 * FY2019 is 令和元年度, as offices write it, though Reiwa began in May.
 */
export function formatFiscalYear(year: number, locale: DateLocale): string {
  if (locale === 'en') return `FY${year}`;
  if (year >= 2019) return `令和${year === 2019 ? '元' : year - 2018}年度`;
  if (year >= 1989) return `平成${year === 1989 ? '元' : year - 1988}年度`;
  return `${year}年度`;
}

/** Whole calendar days from `today` to `iso` (negative once past); null for an unreadable date. */
export function daysUntil(iso: string, today: string = todayIso()): number | null {
  const target = parseIsoDay(iso);
  const from = parseIsoDay(today);
  if (!target || !from) return null;
  return Math.round((target.getTime() - from.getTime()) / DAY_MS);
}

/** The Japanese fiscal year (April to March) a day falls in, by its starting year: 2027-03-31 → 2026. */
export function fiscalYearOf(iso: string): number | null {
  const day = parseIsoDay(iso);
  if (!day) return null;
  return day.getUTCMonth() < 3 ? day.getUTCFullYear() - 1 : day.getUTCFullYear();
}
