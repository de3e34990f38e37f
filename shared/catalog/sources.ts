import { z } from 'zod';

/** The five seed documents every fact in data/ must trace to. */
export const SEED_FILES = [
  '000_25a71e574eb702c6.txt',
  '001_0f2c409542d30b97.txt',
  '002_20b158d829ca5b59.txt',
  '003_99061f6eed4ffde6.txt',
  '004_852dabc3f4e87f45.txt',
] as const;

export const seedFileSchema = z.enum(SEED_FILES);
export type SeedFile = z.infer<typeof seedFileSchema>;

/**
 * Where one fact comes from. The quote must occur in the named seed file once runs of
 * whitespace are folded (the seeds are PDF extractions with tabs and line breaks in tables).
 */
export const sourceRefSchema = z.strictObject({
  file: seedFileSchema,
  section: z.string().min(1),
  quote: z.string().min(2),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const sourceDocumentSchema = z.strictObject({
  file: seedFileSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().nullable(),
  description: z.string().min(1),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
