import { z } from 'zod';
import { GROUPS, type Group } from '../matching/match-programs';
import { CRITERIA, VERDICTS, engineReasonSchema } from '../matching/reason-codes';
import { FORMAT_ONE_CODES, formatOneText } from './format-one-reasons';

/** Where a program stands in a list: 検討中, 応募予定, 申請済, 採択, 見送り. */
export const ENTRY_STATUSES = ['considering', 'planned', 'applied', 'awarded', 'declined'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const MAX_NOTE_LENGTH = 10_000;
export const MAX_LIST_NAME_LENGTH = 200;

/** A reason saved by an earlier version: the two texts it was shown with, kept as they were. */
const legacyReasonSchema = z.strictObject({
  criterion: z.enum(CRITERIA),
  verdict: z.enum(VERDICTS),
  code: z.literal('legacy'),
  params: z.strictObject({ ja: z.string().max(500), en: z.string().max(500) }),
});
/** A reason whose code this version does not know (a file from a newer version): kept, shown as such. */
const unreadableReasonSchema = z.strictObject({
  criterion: z.enum(CRITERIA).nullable(),
  verdict: z.enum(VERDICTS),
  code: z.literal('unreadable'),
  params: z.strictObject({ code: z.string().max(200) }),
});

/**
 * A wizard reason kept with a shortlisted program, so a handout can say why it was chosen: the
 * engine's code and params (validated against the engine's own code list, reason-codes.ts) and
 * rendered by shared/matching/reason-text in the reader's language.
 */
export const savedReasonSchema = z.union([engineReasonSchema, legacyReasonSchema, unreadableReasonSchema]);
export type SavedReason = z.infer<typeof savedReasonSchema>;

/** Format 1 (list files version 1, databases before version 5): free string params. */
const formatOneReasonSchema = z
  .strictObject({
    criterion: z.enum(['org', 'theme', 'need', 'stage', 'region', 'status']),
    verdict: z.enum(VERDICTS),
    code: z.enum(FORMAT_ONE_CODES),
    params: z.record(z.string().max(60), z.string().max(500)),
  })
  .transform((old): SavedReason => ({
    criterion: old.criterion,
    verdict: old.verdict,
    code: 'legacy',
    params: { ja: formatOneText(old.code, old.params, 'ja'), en: formatOneText(old.code, old.params, 'en') },
  }));

/** Anything else with a code: nothing else in its list depends on it, so it is kept as unreadable. */
const otherReasonSchema = z
  .looseObject({ code: z.string().max(200), criterion: z.unknown(), verdict: z.unknown() })
  .transform((other): SavedReason => ({
    criterion: (CRITERIA as readonly unknown[]).includes(other.criterion)
      ? (other.criterion as (typeof CRITERIA)[number])
      : null,
    verdict: (VERDICTS as readonly unknown[]).includes(other.verdict)
      ? (other.verdict as (typeof VERDICTS)[number])
      : 'unknown',
    code: 'unreadable',
    params: { code: other.code },
  }));

/** What a list file or an older database row may hold, read into today's saved form. */
export const incomingReasonSchema = z.union([savedReasonSchema, formatOneReasonSchema, otherReasonSchema]);

export const isUnreadableReason = (reason: SavedReason) => reason.code === 'unreadable';

export const entryFieldsSchema = z.strictObject({
  programId: z.string().min(1).max(200),
  /** The name when added: shown if a later catalog no longer has the program. */
  programName: z.string().max(500),
  status: z.enum(ENTRY_STATUSES),
  note: z.string().max(MAX_NOTE_LENGTH),
  /** 学内締切 / 庁内締切: the organisation's own deadline, not the ministry's. */
  deadline: z.iso.date().nullable(),
  /** Every reason the wizard gave (every criterion, with its verdict), when added from a result. */
  reasons: z.array(incomingReasonSchema).max(30),
  /**
   * The wizard's group when the entry was added from a result (対象, 要確認, 対象外, 終了), so a
   * handout or export says how the program stood and not only why. Absent on entries added
   * elsewhere and on everything saved before list files of format 3.
   */
  wizardGroup: z.enum(GROUPS).optional(),
});
export type EntryFields = z.infer<typeof entryFieldsSchema>;

/** What a list keeps of a wizard result for one program: its group and all its reasons. */
export interface WizardVerdict {
  group: Group;
  reasons: SavedReason[];
}

export function newEntryFields(
  program: { id: string; name: string },
  wizard: WizardVerdict | null = null,
): EntryFields {
  return {
    programId: program.id,
    programName: program.name,
    status: 'considering',
    note: '',
    deadline: null,
    reasons: wizard?.reasons ?? [],
    ...(wizard && { wizardGroup: wizard.group }),
  };
}

/** Reasons as any earlier version stored them, in today's form; a row that is not a reason is dropped. */
export function readStoredReasons(value: unknown): SavedReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = incomingReasonSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
