import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import type { Program } from '../../shared/catalog/program';
import { compareCatalogVersions } from '../../shared/catalog/catalog';
import { validateCatalog } from '../../shared/catalog/validate';

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
const { catalog } = result;
const program = (id: string): Program => {
  const found = catalog.programs.find((p) => p.id === id);
  if (!found) throw new Error(`no program ${id}`);
  return found;
};
const applicants = (id: string) => program(id).eligibility.map((e) => e.applicant);

describe('embedded catalog: facts from the support-menu contact tables (002)', () => {
  it('holds every program of the two contact tables', () => {
    expect(catalog.programs.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'biomass-local-production',
        'chi-no-shuseki-innovation',
        'coi-next',
        'industry-academia-fusion-hub-creation',
        'medical-venture-total-support',
        'midori-food-system-tech-demonstration',
        'prism-bio-community-survey',
        'regional-circular-ecosphere-platform',
        'regional-core-university-fusion-hub',
        'regional-revitalization-human-resources',
        'regional-university-industry-grant',
      ]),
    );
  });

  it('pins applicants as the tables print them', () => {
    expect(applicants('prism-bio-community-survey')).toEqual(['university', 'private', 'municipality']);
    expect(applicants('biomass-local-production')).toEqual(['private', 'municipality']);
    expect(applicants('regional-university-industry-grant')).toEqual(['municipality']);
    expect(applicants('coi-next')).toEqual(['university']);
    expect(applicants('industry-academia-fusion-hub-creation')).toEqual(['private']);
    expect(applicants('medical-venture-total-support')).toEqual(['university', 'private']);
    expect(program('coi-next').eligibility.every((e) => e.basis === 'stated')).toBe(true);
  });

  it('pins budgets in yen with the 内数 flag and previous year', () => {
    const [table] = program('coi-next').budgets;
    expect(table).toMatchObject({
      amountYen: 13_750_508_000,
      partOf: false,
      fiscalYear: { label: '令和4年度', year: 2022 },
    });
    const prism = program('prism-bio-community-survey').budgets;
    expect(prism[0]).toMatchObject({
      amountYen: 10_000_000_000,
      partOf: true,
      text: '10,000,000千円 (内数)',
    });
    const chi = program('chi-no-shuseki-innovation').budgets[1]!;
    expect(chi).toMatchObject({ amountYen: 4_000_000_000, text: '40億円の内数', partOf: true });
    expect(chi.previous).toMatchObject({
      amountYen: 4_200_000_000,
      fiscalYear: { year: 2021 },
      partOf: true,
    });
    expect(program('regional-revitalization-human-resources').budgets[1]).toMatchObject({
      amountYen: 1_450_000_000,
      text: '14.5億円',
    });
    expect(program('regional-university-industry-grant').budgets[0]!.note).toContain('5,000,000千円');
  });

  it('pins new calls, including the one program with none', () => {
    expect(program('medical-venture-total-support').newCalls?.value).toBe('無');
    expect(catalog.programs.filter((p) => p.newCalls?.value === '有')).toHaveLength(10);
    expect(catalog.programs.filter((p) => p.newCalls?.value === '無').map((p) => p.id)).toEqual([
      'medical-venture-total-support',
    ]);
  });

  it('pins contacts exactly as printed, with extensions and mail', () => {
    const [coi] = program('coi-next').contacts;
    expect(coi).toMatchObject({ tel: '03-5253-4111', extension: '4195', mail: 'coi-next@mext.go.jp' });
    expect(coi!.printed).toBe('TEL : 03-5253-4111 (内線4195) mail : coi-next@mext.go.jp');
    expect(
      program('midori-food-system-tech-demonstration').contacts.map((c) => [c.label, c.tel, c.mail]),
    ).toEqual([
      ['研究推進課', '03-3502-7437', 'smart_agri@maff.go.jp'],
      ['研究企画課', '03-3501-4609', null],
    ]);
    expect(program('prism-bio-community-survey').contacts[0]).toMatchObject({
      tel: '03-6910-2049',
      mail: null,
    });
  });

  it('keeps every spelling the documents use as an alias', () => {
    expect(program('medical-venture-total-support').aliases).toEqual(
      expect.arrayContaining(['医療系ベンチャー TOTAL サポート事業', '医療系ベンチャータータルサポート事業']),
    );
    expect(program('chi-no-shuseki-innovation').aliases).toContain(
      '「知」の集積と活用によるイノベーションの創出',
    );
  });

  it('marks categories it could only infer from colour-coded bullets', () => {
    expect(program('coi-next').category).toMatchObject({ value: '市場領域横断', basis: 'stated' });
    expect(program('medical-venture-total-support').category).toMatchObject({
      value: '健康・医療',
      basis: 'inferred',
    });
  });
});

describe('validateCatalog', () => {
  const clone = () => structuredClone(embeddedCatalogData) as { programs: Record<string, unknown>[] };

  it('names the record and field path of every schema problem', () => {
    const data = clone();
    data.programs[0]!.name = '';
    (data.programs[1]!.budgets as Record<string, unknown>[])[0]!.amountYen = -5;
    const outcome = validateCatalog(data);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record: `programs/${data.programs[0]!.id}`, field: 'name' }),
        expect.objectContaining({ record: `programs/${data.programs[1]!.id}`, field: 'budgets.0.amountYen' }),
      ]),
    );
  });

  it('finds duplicate ids and unresolved references', () => {
    const data = clone();
    data.programs.push({ ...data.programs[0]! });
    data.programs[2]!.related = ['no-such-program'];
    const outcome = validateCatalog(data);
    if (outcome.ok) throw new Error('expected problems');
    expect(outcome.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(['duplicate id', 'unknown program id "no-such-program"']),
    );
  });

  it('accepts markup-like text as plain text: escaping is the renderer’s job', () => {
    const data = clone();
    data.programs[0]!.summary = '<img src=x onerror=alert(1)>';
    expect(validateCatalog(data).ok).toBe(true);
  });
});

describe('compareCatalogVersions', () => {
  it('orders by date and then sequence numerically', () => {
    expect(compareCatalogVersions('2026.11.22-1', '2026.11.22-1')).toBe(0);
    expect(compareCatalogVersions('2026.11.22-10', '2026.11.22-9')).toBe(1);
    expect(compareCatalogVersions('2026.01.05-1', '2026.11.22-1')).toBe(-1);
  });
});
