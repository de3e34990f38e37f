import { z } from 'zod';

/** Where a program stands in a list: 検討中, 応募予定, 申請済, 採択, 見送り. */
export const ENTRY_STATUSES = ['considering', 'planned', 'applied', 'awarded', 'declined'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const MAX_NOTE_LENGTH = 10_000;
export const MAX_LIST_NAME_LENGTH = 200;

/**
 * A wizard reason kept with a shortlisted program, so a handout can say why it was chosen. The
 * code and params are rendered by shared/matching/reason-text in the reader's language.
 */
export const savedReasonSchema = z.strictObject({
  criterion: z.enum(['org', 'theme', 'need', 'stage', 'region', 'status']),
  verdict: z.enum(['matched', 'unknown', 'not-met']),
  code: z.string().min(1).max(60),
  params: z.record(z.string().max(60), z.string().max(500)),
});
export type SavedReason = z.infer<typeof savedReasonSchema>;

export const entryFieldsSchema = z.strictObject({
  programId: z.string().min(1).max(200),
  /** The name when added: shown if a later catalog no longer has the program. */
  programName: z.string().max(500),
  status: z.enum(ENTRY_STATUSES),
  note: z.string().max(MAX_NOTE_LENGTH),
  /** 学内締切 / 庁内締切: the organisation's own deadline, not the ministry's. */
  deadline: z.iso.date().nullable(),
  reasons: z.array(savedReasonSchema).max(30),
});
export type EntryFields = z.infer<typeof entryFieldsSchema>;

export function newEntryFields(
  program: { id: string; name: string },
  reasons: SavedReason[] = [],
): EntryFields {
  return {
    programId: program.id,
    programName: program.name,
    status: 'considering',
    note: '',
    deadline: null,
    reasons,
  };
}
