import type { Program } from '../catalog/program';

/** The facets users filter by; each record's values are computed once when the index is built. */
export const FACETS = [
  'ministry',
  'applicant',
  'category',
  'domain',
  'stage',
  'instrument',
  'status',
  'newCalls',
  'budget',
  'fiscalYear',
] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string[]>>;

function budgetBucket(program: Program): string {
  const amounts = program.budgets.map((b) => b.amountYen).filter((a): a is number => a !== null);
  if (amounts.length === 0) return 'none';
  const amount = Math.max(...amounts);
  if (amount < 100_000_000) return 'under-100m';
  if (amount < 1_000_000_000) return '100m-1b';
  if (amount < 10_000_000_000) return '1b-10b';
  return '10b-plus';
}

export function facetValues(program: Program): Record<Facet, string[]> {
  return {
    ministry: program.ministries.length ? program.ministries : ['(要確認)'],
    applicant: program.eligibility.length
      ? [...new Set(program.eligibility.map((e) => e.applicant))]
      : ['(要確認)'],
    category: program.category ? [program.category.value] : ['(記載なし)'],
    domain: program.marketDomains.map(String),
    stage: program.stages,
    instrument: program.instruments.length ? program.instruments : ['(記載なし)'],
    status: [program.status.value],
    newCalls: [program.newCalls?.value ?? '(記載なし)'],
    budget: [budgetBucket(program)],
    fiscalYear: [String(program.describes.year)],
  };
}
