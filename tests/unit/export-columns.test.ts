import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../shared/catalog/validate';
import { SEED_FILES } from '../../shared/catalog/sources';
import { exportColumn, type ExportContext } from '../../renderer/src/features/export/export-columns';
import { translate, type Locale } from '../../renderer/src/i18n/i18n';
import { readCatalogFiles } from '../tools/read-catalog-files';

const result = validateCatalog(readCatalogFiles('data').data);
if (!result.ok) throw new Error('invalid catalog');
const { catalog } = result;
const program = (id: string) => catalog.programs.find((p) => p.id === id)!;
const context = (locale: Locale): ExportContext => ({
  t: (key, params) => translate(locale, key, params),
  locale,
  documents: new Map(catalog.sources.map((s) => [s.file, s])),
});
const value = (id: string, programId: string, locale: Locale = 'ja') =>
  exportColumn(id).value({ program: program(programId), entry: null }, context(locale));

describe('export columns', () => {
  it('writes the newest amount as plain yen, with its year and 内数 / 程度 in the next column', () => {
    expect(exportColumn('budget').type).toBe('yen');
    expect(value('budget', 'coi-next')).toBe('13750508000');
    expect(value('budgetNote', 'coi-next')).toBe('令和4年度');
    expect(value('budget', 'prism-bio-community-survey')).toBe('10000000000');
    expect(value('budgetNote', 'prism-bio-community-survey')).toBe('令和4年度・内数');
    expect(value('budgetNote', 'prism-bio-community-survey', 'en')).toBe('FY2022; part of a larger line');
    // No figure in the documents: words, never a number.
    expect(value('budget', 'a-step')).toBe('要確認');
    expect(value('budget', 'a-step', 'en')).toBe('To be confirmed');
  });

  it('writes budgets by year in the one amount format, 内数 in words', () => {
    expect(value('budgets', 'coi-next').split('\n')).toContain('令和4年度予算案: 138億円（内数）');
    expect(value('budgets', 'coi-next', 'en').split('\n')).toContain(
      'FY2022 budget request: ¥13,800 million (part of a larger line)',
    );
  });

  it('names each source by publisher and title, never by the file it was read from', () => {
    const sources = value('sources', 'coi-next');
    expect(sources).toContain('内閣府ほか関係府省「地域バイオコミュニティの認定・登録と関連予算');
    for (const file of SEED_FILES) expect(sources).not.toContain(file);
  });

  it('says the catalog’s labels in English: ministries, applicants, status and new calls', () => {
    expect(value('ministries', 'coi-next', 'en')).toBe(
      'Ministry of Education, Culture, Sports, Science and Technology (MEXT)',
    );
    expect(value('applicants', 'coi-next', 'en')).toBe('Universities and research institutions (stated)');
    expect(value('status', 'coi-next', 'en')).toBe('Active (as of FY2022)');
    expect(value('newCalls', 'coi-next', 'en')).toBe('Yes (FY2022)');
  });
});
