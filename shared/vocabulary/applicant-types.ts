import { z } from 'zod';
import file from './applicant-types.json' with { type: 'json' };

/**
 * The applicant types of Japanese public programs as a tree, kept as data in applicant-types.json.
 * Catalog eligibility entries name a node (the type the document names), a profile names the
 * organisation's own node, and matching compares the two through the tree (applicantRelation).
 */
const typeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  parent: z.string().nullable(),
  /** Absent on the roots. */
  coveredByParent: z.enum(['yes', 'unclear']).optional(),
  ja: z.string().min(1),
  en: z.string().min(1),
  words: z.array(z.string().min(1)),
  mayAlsoBe: z.array(z.string()),
});
export type ApplicantTypeInfo = z.infer<typeof typeSchema>;

/** Parents come before their children, so the tree has no cycles and reads top-down. */
export const applicantTypesFileSchema = z
  .strictObject({ $comment: z.string(), types: z.array(typeSchema).min(1) })
  .superRefine(({ types }, ctx) => {
    const seen = new Set<string>();
    types.forEach((t, i) => {
      const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['types', i], message });
      if (seen.has(t.id)) issue(`duplicate id ${t.id}`);
      if (t.parent !== null && !seen.has(t.parent)) issue(`parent ${t.parent} must come before ${t.id}`);
      if ((t.parent === null) !== (t.coveredByParent === undefined))
        issue('coveredByParent is required below a root and absent on a root');
      seen.add(t.id);
    });
    const ids = new Set(types.map((t) => t.id));
    types.forEach((t, i) =>
      t.mayAlsoBe.forEach((other) => {
        if (!ids.has(other))
          ctx.addIssue({ code: 'custom', path: ['types', i], message: `unknown ${other}` });
      }),
    );
  });

export const APPLICANT_TYPE_INFO: readonly ApplicantTypeInfo[] = applicantTypesFileSchema.parse(file).types;
export const APPLICANT_TYPES = APPLICANT_TYPE_INFO.map((t) => t.id) as [string, ...string[]];
export const applicantTypeSchema = z.enum(APPLICANT_TYPES);
export type ApplicantType = z.infer<typeof applicantTypeSchema>;

const byId = new Map(APPLICANT_TYPE_INFO.map((t) => [t.id, t]));

export function applicantTypeInfo(id: string): ApplicantTypeInfo | undefined {
  return byId.get(id);
}

/** The type's name in the UI language; an id this version does not know is shown as it is. */
export function applicantLabel(id: string, locale: 'ja' | 'en'): string {
  return byId.get(id)?.[locale] ?? id;
}

/** The type itself, then its parent, up to the root. */
export function ancestry(id: string): string[] {
  const chain: string[] = [];
  for (let node = byId.get(id); node; node = node.parent ? byId.get(node.parent) : undefined) {
    chain.push(node.id);
  }
  return chain;
}

export const childrenOf = (id: string | null): ApplicantTypeInfo[] =>
  APPLICANT_TYPE_INFO.filter((t) => t.parent === id);

export const depthOf = (id: string): number => Math.max(0, ancestry(id).length - 1);

/**
 * How an organisation of type `own` stands towards a document that names type `named`:
 * - same: the document names exactly this type;
 * - covered: it names an ancestor whose wording covers this type without doubt;
 * - unnamed-child: it names an ancestor, but a 「等」 or an unnamed category leaves this type open;
 * - broader: this type is wider than the one named (a 企業 where the document says 中小企業);
 * - may-be: this type may count as the one named (a hospital may be a university's);
 * - unrelated: none of these.
 */
export type ApplicantRelation = 'same' | 'covered' | 'unnamed-child' | 'broader' | 'may-be' | 'unrelated';

export function applicantRelation(own: string, named: string): ApplicantRelation {
  if (own === named) return 'same';
  const up = ancestry(own);
  const at = up.indexOf(named);
  if (at > 0) {
    const steps = up.slice(0, at).map((id) => byId.get(id)!);
    return steps.every((t) => t.coveredByParent === 'yes') ? 'covered' : 'unnamed-child';
  }
  if (ancestry(named).includes(own)) return 'broader';
  const mayBe = byId.get(own)?.mayAlsoBe ?? [];
  const namedUp = ancestry(named);
  if (mayBe.some((m) => namedUp.includes(m) || ancestry(m).includes(named))) return 'may-be';
  return 'unrelated';
}

const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Types whose name or everyday words contain the query (法人格, abbreviations, English), tree order. */
export function applicantTypesMatching(query: string): ApplicantTypeInfo[] {
  const q = normalise(query);
  if (!q) return [...APPLICANT_TYPE_INFO];
  return APPLICANT_TYPE_INFO.filter((t) =>
    [t.ja, t.en, ...t.words].some((word) => normalise(word).includes(q)),
  );
}
