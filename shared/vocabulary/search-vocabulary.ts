import { z } from 'zod';
import organisationsFile from './organisations.json' with { type: 'json' };
import termsFile from './search-terms.json' with { type: 'json' };

/**
 * The search vocabulary, kept as reviewed data: how people in the field write and say the
 * organisations and terms the catalog uses. Search expands a query with it; it never changes
 * the catalog. English lives in the glossary (glossary.json), which the English UI shares.
 */

/** Where an entry comes from: general usage, or a seed document's own words (checked by a test). */
export const vocabularyOriginSchema = z.union([
  z.literal('general'),
  z.strictObject({ file: z.string().min(1), quote: z.string().min(1) }),
]);
export type VocabularyOrigin = z.infer<typeof vocabularyOriginSchema>;

const kana = z.string().regex(/^[\u3041-\u309F\u30FC]+$/u, 'readings are written in hiragana');

export const organisationSchema = z.strictObject({
  ja: z.string().min(1),
  also: z.array(z.string().min(1)),
  readings: z.array(kana),
  from: vocabularyOriginSchema,
  /** Programs the organisation runs although their records do not name it. */
  programs: z
    .array(z.strictObject({ id: z.string().min(1), from: vocabularyOriginSchema, note: z.string().min(1) }))
    .optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const searchTermSchema = z.strictObject({
  ja: z.string().min(1),
  kind: z.enum(['policy', 'word', 'place']),
  also: z.array(z.string().min(1)),
  readings: z.array(kana),
  /** Related words: their records are found too, ranked below direct matches. */
  near: z.array(z.string().min(1)),
  from: vocabularyOriginSchema,
});
export type SearchTerm = z.infer<typeof searchTermSchema>;

export const ORGANISATIONS: readonly Organisation[] = z
  .strictObject({ $comment: z.string(), entries: z.array(organisationSchema) })
  .parse(organisationsFile).entries;

export const SEARCH_TERMS: readonly SearchTerm[] = z
  .strictObject({ $comment: z.string(), entries: z.array(searchTermSchema) })
  .parse(termsFile).entries;
