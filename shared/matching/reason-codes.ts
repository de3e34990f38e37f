import { z } from 'zod';
import { NEEDS } from '../catalog/needs';
import { prefectureSchema } from '../catalog/region';
import { applicantTypeSchema } from '../vocabulary/applicant-types';
import { CATEGORY_THEMES, type CategoryTheme } from './vocabulary';

const CATEGORY_THEME_IDS = Object.keys(CATEGORY_THEMES) as [CategoryTheme, ...CategoryTheme[]];

export const CRITERIA = ['org', 'team', 'theme', 'need', 'stage', 'region', 'status'] as const;
export type Criterion = (typeof CRITERIA)[number];
/**
 * Criteria of relevance: whether a program fits the themes, support and stage asked for. They rank
 * programs within a group but never decide it; the groups say only whether the applicant may apply.
 */
export const RELEVANCE_CRITERIA = ['theme', 'need', 'stage'] as const satisfies readonly Criterion[];
export const isRelevance = (criterion: Criterion | null) =>
  (RELEVANCE_CRITERIA as readonly (Criterion | null)[]).includes(criterion);
/**
 * How a criterion comes out. `info` is a fact about the sources that neither supports nor doubts
 * the application (no region stated, a make-up only suggested, call status as of an earlier year):
 * it may stand in 対象, where a 要確認 (`unknown`) or 該当しない (`not-met`) line never does.
 */
export const VERDICTS = ['matched', 'unknown', 'not-met', 'info'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * What a reason may mention. Values are ids, numbers and the catalog's own place labels, never
 * display text: reason-text.ts turns them into words in the reader's language.
 */
const PARAM_SCHEMAS = {
  /** An applicant type (shared/vocabulary/applicant-types.json). */
  type: applicantTypeSchema,
  types: z.array(applicantTypeSchema).min(1).max(30),
  /**
   * The make-up a document asks for: one entry per role, each met by any of its types
   * (研究開発機関 / 地元企業・農林漁業者 / 自治体: the second is a company OR a primary producer).
   */
  roles: z.array(z.array(applicantTypeSchema).min(1).max(30)).min(1).max(10),
  prefecture: prefectureSchema,
  /** Region labels as the catalog records them (近畿経済産業局管内, 関東圏): glossed for English. */
  regions: z.array(z.string().min(1).max(100)).min(1).max(20),
  fiscalYear: z.number().int().min(1989).max(2100),
  domains: z.array(z.number().int().min(1).max(9)).min(1).max(9),
  /** A category by its theme id (cross, manufacturing, primary, health). */
  category: z.enum(CATEGORY_THEME_IDS),
  needs: z.array(z.enum(NEEDS)).min(1).max(NEEDS.length),
} as const;
type ParamKind = keyof typeof PARAM_SCHEMAS;

interface Definition {
  criterion: Criterion;
  verdict: Verdict;
  params: Readonly<Record<string, ParamKind>>;
}

/**
 * Consortium reasons named the make-up as a flat list of types before they named roles; a list
 * saved then reads as one role per type, which is what its text said.
 */
const FORMER_TYPES_PARAMS = new Set<string>([
  'consortium-met',
  'consortium-lacks',
  'consortium-unclear',
  'consortium-inferred',
  'consortium-partners',
]);

/**
 * Every reason the engine gives: its criterion, how the criterion comes out, and what it mentions.
 * The texts are in reason-text.ts; saved reasons are validated against this list.
 */
export const REASON_CODES = {
  // The organisation against who a document says may apply.
  'org-stated': { criterion: 'org', verdict: 'matched', params: { type: 'type' } },
  'org-stated-covers': { criterion: 'org', verdict: 'matched', params: { type: 'type', org: 'type' } },
  'org-unnamed-child': { criterion: 'org', verdict: 'unknown', params: { type: 'type', org: 'type' } },
  'org-broader': { criterion: 'org', verdict: 'unknown', params: { types: 'types', org: 'type' } },
  'org-may-be': { criterion: 'org', verdict: 'unknown', params: { types: 'types', org: 'type' } },
  'org-inferred': { criterion: 'org', verdict: 'unknown', params: { types: 'types' } },
  'org-inferred-other': { criterion: 'org', verdict: 'unknown', params: { types: 'types' } },
  'org-not-stated': { criterion: 'org', verdict: 'unknown', params: {} },
  'org-other': { criterion: 'org', verdict: 'not-met', params: { types: 'types' } },
  // A team: who of its members could apply, and the make-up a document asks for.
  'team-lead': { criterion: 'team', verdict: 'matched', params: { org: 'type' } },
  'team-other-member': { criterion: 'team', verdict: 'matched', params: { types: 'types' } },
  'team-maybe': { criterion: 'team', verdict: 'unknown', params: { types: 'types' } },
  'team-none': { criterion: 'team', verdict: 'not-met', params: {} },
  'consortium-met': { criterion: 'team', verdict: 'matched', params: { roles: 'roles' } },
  'consortium-lacks': { criterion: 'team', verdict: 'not-met', params: { roles: 'roles' } },
  'consortium-unclear': { criterion: 'team', verdict: 'unknown', params: { roles: 'roles' } },
  'consortium-inferred': { criterion: 'team', verdict: 'info', params: { roles: 'roles' } },
  'consortium-partners': { criterion: 'team', verdict: 'unknown', params: { roles: 'roles' } },
  // Themes and needs.
  'theme-cross': { criterion: 'theme', verdict: 'matched', params: {} },
  'theme-category': { criterion: 'theme', verdict: 'matched', params: { category: 'category' } },
  'theme-category-inferred': { criterion: 'theme', verdict: 'matched', params: { category: 'category' } },
  'theme-domain': { criterion: 'theme', verdict: 'matched', params: { domains: 'domains' } },
  'theme-other': { criterion: 'theme', verdict: 'not-met', params: { category: 'category' } },
  'theme-unknown': { criterion: 'theme', verdict: 'unknown', params: {} },
  'need-match': { criterion: 'need', verdict: 'matched', params: { needs: 'needs' } },
  'need-other': { criterion: 'need', verdict: 'not-met', params: { needs: 'needs' } },
  'need-unknown': { criterion: 'need', verdict: 'unknown', params: {} },
  'stage-unknown': { criterion: 'stage', verdict: 'unknown', params: {} },
  // Region.
  'region-inside': {
    criterion: 'region',
    verdict: 'matched',
    params: { regions: 'regions', prefecture: 'prefecture' },
  },
  'region-inside-inferred': {
    criterion: 'region',
    verdict: 'matched',
    params: { regions: 'regions', prefecture: 'prefecture' },
  },
  'region-outside': {
    criterion: 'region',
    verdict: 'unknown',
    params: { regions: 'regions', prefecture: 'prefecture' },
  },
  'region-outside-inferred': {
    criterion: 'region',
    verdict: 'unknown',
    params: { regions: 'regions', prefecture: 'prefecture' },
  },
  'region-no-prefecture': { criterion: 'region', verdict: 'unknown', params: { regions: 'regions' } },
  'region-not-stated': { criterion: 'region', verdict: 'info', params: { prefecture: 'prefecture' } },
  // Time.
  'status-open': { criterion: 'status', verdict: 'matched', params: { fiscalYear: 'fiscalYear' } },
  // New calls 有 in a document of an earlier fiscal year than today's: whether it calls now is unknown.
  'status-open-as-of': { criterion: 'status', verdict: 'info', params: { fiscalYear: 'fiscalYear' } },
  'status-no-new-calls': { criterion: 'status', verdict: 'not-met', params: { fiscalYear: 'fiscalYear' } },
  'status-no-call-info': { criterion: 'status', verdict: 'info', params: { fiscalYear: 'fiscalYear' } },
  'status-historical': { criterion: 'status', verdict: 'not-met', params: { fiscalYear: 'fiscalYear' } },
  'status-ended': { criterion: 'status', verdict: 'not-met', params: { fiscalYear: 'fiscalYear' } },
  'status-period-over': { criterion: 'status', verdict: 'not-met', params: { fiscalYear: 'fiscalYear' } },
  'status-unknown': { criterion: 'status', verdict: 'unknown', params: { fiscalYear: 'fiscalYear' } },
} as const satisfies Record<string, Definition>;

export type ReasonCode = keyof typeof REASON_CODES;
export const REASON_CODE_LIST = Object.keys(REASON_CODES) as ReasonCode[];

type Definitions = typeof REASON_CODES;
export type ReasonParams<C extends ReasonCode> = {
  -readonly [K in keyof Definitions[C]['params']]: Definitions[C]['params'][K] extends ParamKind
    ? z.infer<(typeof PARAM_SCHEMAS)[Definitions[C]['params'][K]]>
    : never;
};

/**
 * One line of a result's explanation: the code names the situation, params what it mentions,
 * and `quote` which of the record's source quotes it rests on (an id into ProgramMatch.evidence).
 */
export type Reason = {
  [C in ReasonCode]: {
    criterion: Definitions[C]['criterion'];
    verdict: Definitions[C]['verdict'];
    code: C;
    params: ReasonParams<C>;
    quote: string | null;
  };
}[ReasonCode];

/**
 * The verdict a reason is shown with: its code's own (so a reason saved before a code's verdict was
 * corrected reads like today's), or the saved one for reasons this version has no code for.
 */
export function verdictOf(reason: { code: string; verdict: Verdict }): Verdict {
  return Object.hasOwn(REASON_CODES, reason.code)
    ? REASON_CODES[reason.code as ReasonCode].verdict
    : reason.verdict;
}

/** Builds a reason with the criterion and verdict its code always has. */
export function reason<C extends ReasonCode>(code: C, params: ReasonParams<C>, quote: string | null = null) {
  const { criterion, verdict } = REASON_CODES[code];
  return { criterion, verdict, code, params, quote } as Extract<Reason, { code: C }>;
}

const paramsSchema = (params: Readonly<Record<string, ParamKind>>) =>
  z.strictObject(
    Object.fromEntries(Object.entries(params).map(([name, kind]) => [name, PARAM_SCHEMAS[kind]])),
  );

/** A reason as lists keep it: without its quote. */
export type SavedEngineReason = {
  [C in ReasonCode]: {
    criterion: Definitions[C]['criterion'];
    verdict: Verdict;
    code: C;
    params: ReasonParams<C>;
  };
}[ReasonCode];

/**
 * A reason as lists keep it (no quote: the catalog it pointed into may change). One schema per
 * code, derived from REASON_CODES, so a saved reason is always one the renderer can word.
 */
export const engineReasonSchema = z.discriminatedUnion(
  'code',
  REASON_CODE_LIST.map((code) =>
    z.strictObject({
      criterion: z.literal(REASON_CODES[code].criterion),
      verdict: z.enum(VERDICTS),
      code: z.literal(code),
      params: FORMER_TYPES_PARAMS.has(code)
        ? z.union([
            paramsSchema(REASON_CODES[code].params),
            paramsSchema({ types: 'types' }).transform(({ types }) => ({
              roles: (types as string[]).map((type) => [type]),
            })),
          ])
        : paramsSchema(REASON_CODES[code].params),
    }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<SavedEngineReason>;
