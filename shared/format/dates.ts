/**
 * The one place dates are formatted for people. Dates are stored as ISO strings (YYYY-MM-DD, or
 * a full ISO timestamp); this turns them into each UI language's conventions:
 *   ja: 2026年12月15日（令和8年）   fiscal year 令和4年度
 *   en: 15 Dec 2026                 fiscal year FY2022
 */
import { gloss } from '../vocabulary/glossary';

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

const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const FISCAL_LABEL = /^(令和|平成|昭和)?(\d+|元)年度(.*)$/;
const DATE_LABEL = /^(令和|平成|昭和)?(\d+|元)年(\d{1,2})月(?:(\d{1,2})日)?$/;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** True for a fiscal-year label (令和4年度予算案), false for a date (令和8年2月19日) or anything else. */
export function isFiscalYearLabel(label: string): boolean {
  return FISCAL_LABEL.test(label.normalize('NFKC').trim());
}

/** 令和4 → 2022, 元 → the era's first year, a Western year stays as it is. */
function westernYear(era: string | undefined, year: string): number {
  const n = year === '元' ? 1 : Number(year);
  return era ? ERA_START[era]! + n : n;
}

/**
 * A fiscal year or date as the catalog prints it ("令和4年度予算案", "令和２年度", "２０１０年度",
 * "令和8年2月19日", "平成23年7月") in the UI language's one format:
 *   ja: 令和4年度予算案, 令和2年度, 平成22年度, 2026年2月19日（令和8年）, 2011年7月（平成23年）
 *   en: FY2022 budget request, FY2020, FY2010, 19 Feb 2026, July 2011
 * What follows 年度 (予算案 → budget request) is glossed; a label it cannot read is shown as printed.
 */
export function formatFiscalYearLabel(label: string, locale: DateLocale): string {
  const text = label.normalize('NFKC').trim();
  const fiscal = FISCAL_LABEL.exec(text);
  if (fiscal) {
    const [, era, year, rest] = fiscal as unknown as [string, string | undefined, string, string];
    const fy = formatFiscalYear(westernYear(era, year), locale);
    const suffix = rest.trim();
    if (!suffix) return fy;
    return locale === 'ja' ? `${fy}${suffix}` : `${fy} ${gloss('budget-stage', suffix, 'en')}`;
  }
  const date = DATE_LABEL.exec(text);
  if (date) {
    const [, era, year, month, day] = date as unknown as [
      string,
      string | undefined,
      string,
      string,
      string?,
    ];
    const y = westernYear(era, year);
    const m = Number(month);
    if (day) return formatDate(`${y}-${pad2(m)}-${pad2(Number(day))}`, locale);
    const heading = formatMonth(y, m - 1, locale);
    return locale === 'ja' ? `${heading}（${eraYear(`${y}-${pad2(m)}-01`)}）` : heading;
  }
  return text;
}
