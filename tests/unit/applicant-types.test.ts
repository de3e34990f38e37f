import { describe, expect, it } from 'vitest';
import file from '../../shared/vocabulary/applicant-types.json';
import {
  APPLICANT_TYPE_INFO,
  applicantRelation,
  applicantTypesFileSchema,
  applicantTypesMatching,
  ancestry,
} from '../../shared/vocabulary/applicant-types';

const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('the applicant-type tree (data)', () => {
  it('has the support-menu categories as roots and every type the programs and users name below them', () => {
    expect(ids(APPLICANT_TYPE_INFO.filter((t) => t.parent === null))).toEqual([
      'university',
      'private',
      'municipality',
    ]);
    const under = (root: string) =>
      ids(APPLICANT_TYPE_INFO.filter((t) => t.id !== root && ancestry(t.id).includes(root)));
    expect(under('university')).toEqual([
      'national-university',
      'public-university',
      'private-university',
      'kosen',
      'inter-university-institute',
      'national-rd-agency',
      'public-research-institute',
    ]);
    expect(under('private')).toEqual([
      'company',
      'large-company',
      'sme',
      'startup',
      'medical-venture',
      'npo',
      'public-interest-corporation',
      'cooperative',
      'hospital',
      'primary-producer',
    ]);
    expect(under('municipality')).toEqual(['prefectural-government', 'city', 'local-union']);
  });

  it('names every type in Japanese and English, with the everyday words people type', () => {
    for (const type of APPLICANT_TYPE_INFO) {
      expect(type.ja, type.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(type.en, type.id).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(type.words.length, type.id).toBeGreaterThan(0);
    }
  });

  it('refuses a tree with an unknown parent, a parent after its child, or a child without a coverage rule', () => {
    const bad = (change: (types: Record<string, unknown>[]) => void) => {
      const copy = structuredClone(file) as { types: Record<string, unknown>[] };
      change(copy.types);
      return applicantTypesFileSchema.safeParse(copy).success;
    };
    expect(bad(() => {})).toBe(true);
    expect(bad((t) => (t[1]!.parent = 'nowhere'))).toBe(false);
    expect(bad((t) => t.reverse())).toBe(false);
    expect(bad((t) => delete t[1]!.coveredByParent)).toBe(false);
    expect(bad((t) => (t[1]!.mayAlsoBe = ['nowhere']))).toBe(false);
    expect(bad((t) => t.push({ ...t[0]! }))).toBe(false);
  });

  it('finds a type by the words people type, in any width or case', () => {
    const first = (q: string) => applicantTypesMatching(q)[0]?.id;
    expect(first('農協')).toBe('cooperative');
    expect(first('JA')).toBe('cooperative');
    expect(first('漁協')).toBe('cooperative');
    expect(first('高専')).toBe('kosen');
    expect(first('独法')).toBe('national-rd-agency');
    expect(first('公益財団')).toBe('public-interest-corporation');
    expect(first('ｎｐｏ')).toBe('npo');
    expect(first('SME')).toBe('sme');
    expect(applicantTypesMatching('')).toHaveLength(APPLICANT_TYPE_INFO.length);
    expect(applicantTypesMatching('量子コンピュータ')).toEqual([]);
  });
});

describe('how a type stands towards the type a document names', () => {
  it.each([
    ['university', 'university', 'same'],
    ['national-university', 'university', 'covered'],
    ['kosen', 'university', 'unnamed-child'],
    ['national-rd-agency', 'university', 'unnamed-child'],
    ['sme', 'private', 'covered'],
    ['medical-venture', 'private', 'covered'],
    ['medical-venture', 'startup', 'covered'],
    ['npo', 'private', 'unnamed-child'],
    ['cooperative', 'private', 'unnamed-child'],
    ['primary-producer', 'private', 'unnamed-child'],
    ['company', 'sme', 'broader'],
    ['private', 'company', 'broader'],
    ['hospital', 'university', 'may-be'],
    ['hospital', 'national-university', 'may-be'],
    ['public-research-institute', 'municipality', 'may-be'],
    ['city', 'municipality', 'covered'],
    ['prefectural-government', 'municipality', 'covered'],
    ['local-union', 'municipality', 'unnamed-child'],
    ['npo', 'university', 'unrelated'],
    ['city', 'private', 'unrelated'],
    ['sme', 'large-company', 'unrelated'],
  ])('%s against a document naming %s: %s', (own, named, relation) => {
    expect(applicantRelation(own, named)).toBe(relation);
  });

  it('a child is covered by a named ancestor only where every step down is covered in the data', () => {
    const byId = new Map(APPLICANT_TYPE_INFO.map((t) => [t.id, t]));
    for (const type of APPLICANT_TYPE_INFO) {
      const chain = ancestry(type.id);
      chain.slice(1).forEach((ancestor, i) => {
        const steps = chain.slice(0, i + 1).map((id) => byId.get(id)!.coveredByParent);
        const expected = steps.every((s) => s === 'yes') ? 'covered' : 'unnamed-child';
        expect(applicantRelation(type.id, ancestor), `${type.id} under ${ancestor}`).toBe(expected);
      });
    }
  });
});
