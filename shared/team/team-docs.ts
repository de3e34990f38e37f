import { z } from 'zod';
import { MAX_LIST_NAME_LENGTH, entryFieldsSchema } from '../shortlist/shortlist';

/**
 * The data version this app writes and can read in a team database. Every document carries it
 * as `v`. A copy of the app that meets a higher one stops writing to the team (it would drop
 * fields it does not know) and says it must be updated.
 */
export const TEAM_DATA_VERSION = 1;

export const LIST_PREFIX = 'list:';
export const ENTRY_PREFIX = 'entry:';
/** The one published catalog pack of the team, with the pack file as an attachment. */
export const CATALOG_PACK_DOC_ID = 'catalog-pack';
export const CATALOG_PACK_ATTACHMENT = 'pack';

export const listDocId = (listId: string) => `${LIST_PREFIX}${listId}`;
export const entryDocId = (listId: string, programId: string) => `${ENTRY_PREFIX}${listId}|${programId}`;

/** Who changed a document and when: shown beside each version of a conflict. */
const authorship = {
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().max(200),
};

/** Only the version stamp, read first: a newer document is not parsed with an older schema. */
export const versionedDocSchema = z.object({ _id: z.string(), v: z.number().int().min(1) });

export const teamListDocSchema = z.object({
  _id: z.string().startsWith(LIST_PREFIX),
  type: z.literal('list'),
  v: z.literal(TEAM_DATA_VERSION),
  name: z.string().trim().min(1).max(MAX_LIST_NAME_LENGTH),
  createdAt: z.iso.datetime(),
  ...authorship,
});
export type TeamListDoc = z.infer<typeof teamListDocSchema>;

export const teamEntryDocSchema = z.object({
  _id: z.string().startsWith(ENTRY_PREFIX),
  type: z.literal('entry'),
  v: z.literal(TEAM_DATA_VERSION),
  listId: z.string().min(1).max(100),
  position: z.number(),
  addedAt: z.iso.datetime(),
  ...entryFieldsSchema.shape,
  ...authorship,
});
export type TeamEntryDoc = z.infer<typeof teamEntryDocSchema>;

export const teamPackDocSchema = z.object({
  _id: z.literal(CATALOG_PACK_DOC_ID),
  type: z.literal('catalog-pack'),
  v: z.literal(TEAM_DATA_VERSION),
  fileName: z.string().min(1).max(200),
  catalogVersion: z.string().max(40),
  asOf: z.string().max(40),
  publishedAt: z.iso.datetime(),
  publishedBy: z.string().max(200),
});
export type TeamPackDoc = z.infer<typeof teamPackDocSchema>;

/** The fields a person edits in an entry: a conflict that differs in none of them is no conflict. */
export const ENTRY_EDITED_FIELDS = ['status', 'note', 'deadline'] as const;
export type EditedEntryFields = Pick<TeamEntryDoc, (typeof ENTRY_EDITED_FIELDS)[number]>;

export function sameEditedFields(a: EditedEntryFields, b: EditedEntryFields): boolean {
  return ENTRY_EDITED_FIELDS.every((field) => a[field] === b[field]);
}
