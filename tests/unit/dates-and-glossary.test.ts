import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../shared/catalog/program';
import { daysUntil, eraYear, formatDate, formatFiscalYear, parseIsoDay } from '../../shared/format/dates';
import { PREFECTURES } from '../../shared/geo/prefectures';
import { GLOSSARY, gloss } from '../../shared/vocabulary/glossary';
import programs from '../../data/programs.json';

describe('dates', () => {
  it('writes a day in each language, with the era year beside it in Japanese', () => {
    expect(formatDate('2026-12-15', 'ja')).toBe('2026年12月15日（令和8年）');
    expect(formatDate('2026-12-15T09:00:00.000Z', 'en')).toBe('15 Dec 2026');
    expect(eraYear('2019-05-01')).toBe('令和元年');
    expect(eraYear('2019-04-30')).toBe('平成31年');
  });

  it('writes fiscal years as offices do', () => {
    expect(formatFiscalYear(2022, 'ja')).toBe('令和4年度');
    expect(formatFiscalYear(2019, 'ja')).toBe('令和元年度');
    expect(formatFiscalYear(2011, 'ja')).toBe('平成23年度');
    expect(formatFiscalYear(2022, 'en')).toBe('FY2022');
  });

  it('counts days left and refuses impossible dates', () => {
    expect(daysUntil('2026-12-15', '2026-12-02')).toBe(13);
    expect(daysUntil('2026-11-30', '2026-12-02')).toBe(-2);
    expect(parseIsoDay('2026-02-30')).toBeNull();
    expect(formatDate('not a date', 'ja')).toBe('not a date');
  });
});

describe('glossary', () => {
  it('has one entry per kind and Japanese label', () => {
    const keys = GLOSSARY.map((e) => `${e.kind}|${e.ja}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('glosses every ministry, agency, instrument and category the catalog uses, and every prefecture', () => {
    const missing = [
      ...programs.flatMap((p) => p.ministries.map((m) => ['ministry', m] as const)),
      ...programs.flatMap((p) => (p.agency ? [['agency', p.agency] as const] : [])),
      ...programs.flatMap((p) => p.instruments.map((i) => ['instrument', i] as const)),
      ...CATEGORIES.map((c) => ['category', c] as const),
      ...PREFECTURES.map((p) => ['prefecture', p] as const),
    ].filter(([kind, ja]) => gloss(kind, ja, 'en') === ja);
    expect(missing).toEqual([]);
  });

  it('leaves Japanese as it is and unknown labels as printed', () => {
    expect(gloss('ministry', '文部科学省', 'ja')).toBe('文部科学省');
    expect(gloss('ministry', '架空省', 'en')).toBe('架空省');
  });
});
