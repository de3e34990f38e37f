import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../shared/catalog/program';
import {
  daysUntil,
  eraYear,
  formatDate,
  formatFiscalYear,
  formatFiscalYearLabel,
  isFiscalYearLabel,
  parseIsoDay,
} from '../../shared/format/dates';
import { formatList } from '../../shared/format/lists';
import { PREFECTURES } from '../../shared/geo/prefectures';
import { GLOSSARY, gloss, glossShort } from '../../shared/vocabulary/glossary';
import programs from '../../data/programs.json';
import marketDomains from '../../data/market-domains.json';
import frameworks from '../../data/frameworks.json';
import { readCatalogFiles } from '../tools/read-catalog-files';

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

describe('fiscal years and dates as the catalog prints them', () => {
  it('writes each printed label in the UI language’s one form', () => {
    const cases: [string, string, string][] = [
      ['令和4年度', '令和4年度', 'FY2022'],
      ['令和4年度予算案', '令和4年度予算案', 'FY2022 budget request'],
      ['令和3年度当初予算', '令和3年度当初予算', 'FY2021 initial budget'],
      ['令和7年度補正予算', '令和7年度補正予算', 'FY2025 supplementary budget'],
      ['令和２年度', '令和2年度', 'FY2020'],
      ['２０１０年度', '平成22年度', 'FY2010'],
      ['令和元年度', '令和元年度', 'FY2019'],
      ['令和8年2月19日', '2026年2月19日（令和8年）', '19 Feb 2026'],
      ['平成23年7月', '2011年7月（平成23年）', 'July 2011'],
      ['年度不明の記述', '年度不明の記述', '年度不明の記述'],
    ];
    for (const [label, ja, en] of cases) {
      expect(formatFiscalYearLabel(label, 'ja'), label).toBe(ja);
      expect(formatFiscalYearLabel(label, 'en'), label).toBe(en);
    }
    expect(isFiscalYearLabel('令和4年度予算案')).toBe(true);
    expect(isFiscalYearLabel('令和8年2月19日')).toBe(false);
  });

  it('reads every fiscal-year label in the catalog into English without Japanese left over', () => {
    const labels = new Set<string>();
    const walk = (value: unknown): void => {
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.label === 'string' && typeof record.year === 'number') labels.add(record.label);
      Object.values(record).forEach(walk);
    };
    walk(readCatalogFiles('data').data);
    expect(labels.size).toBeGreaterThan(5);
    for (const label of labels)
      expect(formatFiscalYearLabel(label, 'en'), label).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('joins lists as each language does', () => {
    expect(formatList(['文部科学省', '経済産業省'], 'ja')).toBe('文部科学省、経済産業省');
    expect(formatList(['MEXT', 'METI', 'MOE'], 'en')).toBe('MEXT, METI, and MOE');
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

  it('glosses every market domain, lead ministry and framework kind and owner the catalog uses', () => {
    const missing = [
      ...marketDomains.map((d) => ['market-domain', d.name] as const),
      ...marketDomains.map((d) => ['ministry', d.leadMinistry] as const),
      ...marketDomains.map((d) => ['category', d.category] as const),
      ...frameworks.map((f) => ['framework-kind', f.kind] as const),
      ...frameworks.flatMap((f) => f.owners.map((o) => ['ministry', o] as const)),
    ].filter(([kind, ja]) => gloss(kind, ja, 'en') === ja);
    expect(missing).toEqual([]);
  });

  it('has short English forms for tables, falling back to the full gloss', () => {
    expect(glossShort('ministry', '経済産業省', 'en')).toBe('METI');
    expect(glossShort('ministry', '経済産業省', 'ja')).toBe('経済産業省');
    expect(glossShort('ministry', '林野庁', 'en')).toBe('Forestry Agency');
  });

  it('leaves Japanese as it is and unknown labels as printed', () => {
    expect(gloss('ministry', '文部科学省', 'ja')).toBe('文部科学省');
    expect(gloss('ministry', '架空省', 'en')).toBe('架空省');
  });
});
