import type { EligibilityEntry } from '../catalog/program';
import { applicantRelation, type ApplicantRelation } from '../vocabulary/applicant-types';
import { reason, type Reason } from './reason-codes';

export type OrgReason = Extract<Reason, { criterion: 'org' }>;

const unique = <T>(items: T[]) => [...new Set(items)] as [T, ...T[]];

/**
 * An organisation of type `org` against a record's eligibility entries. Only a `stated` entry
 * decides: 対象 where it names this type or a parent whose wording covers it without doubt,
 * 対象外 where the stated entries leave it outside all of them. A parent whose wording leaves it
 * open, an entry narrower than the type, and every `inferred` entry give 要確認.
 */
export function orgFit(entries: EligibilityEntry[], org: string): OrgReason {
  if (entries.length === 0) return reason('org-not-stated', {});
  const rows = entries.map((entry, i) => ({
    type: entry.applicant,
    stated: entry.basis === 'stated',
    relation: applicantRelation(org, entry.applicant),
    quote: `eligibility.${i}`,
  }));
  const stated = rows.filter((r) => r.stated);
  const first = (relation: ApplicantRelation) => stated.find((r) => r.relation === relation);
  const all = (relation: ApplicantRelation) => stated.filter((r) => r.relation === relation);

  const same = first('same');
  if (same) return reason('org-stated', { type: same.type }, same.quote);
  const covered = first('covered');
  if (covered) return reason('org-stated-covers', { type: covered.type, org }, covered.quote);
  const unnamed = first('unnamed-child');
  if (unnamed) return reason('org-unnamed-child', { type: unnamed.type, org }, unnamed.quote);
  for (const [relation, code] of [
    ['broader', 'org-broader'],
    ['may-be', 'org-may-be'],
  ] as const) {
    const found = all(relation);
    if (found.length) return reason(code, { types: unique(found.map((r) => r.type)), org }, found[0]!.quote);
  }
  const inferred = rows.filter((r) => !r.stated);
  const related = inferred.filter((r) => r.relation !== 'unrelated');
  if (related.length)
    return reason('org-inferred', { types: unique(related.map((r) => r.type)) }, related[0]!.quote);
  if (stated.length)
    return reason('org-other', { types: unique(stated.map((r) => r.type)) }, stated[0]!.quote);
  // Only inferred entries that name others: an inference is too weak to rule anyone out.
  return reason('org-inferred-other', { types: unique(inferred.map((r) => r.type)) }, inferred[0]!.quote);
}
