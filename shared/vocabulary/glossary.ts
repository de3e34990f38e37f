import { z } from 'zod';
import glossaryFile from './glossary.json' with { type: 'json' };

/**
 * The reviewed Japanese–English glossary of the catalog's own labels (ministries, agencies,
 * instruments, categories, prefectures, regions, eras ...), kept as data in glossary.json.
 * The English UI translates through it; search finds Japanese records from the English words.
 * Proper names of programs stay as printed.
 */
export const GLOSSARY_KINDS = [
  'ministry',
  'agency',
  'instrument',
  'category',
  'budget-stage',
  'community-status',
  /** The regional bio communities' names, romanised for the map and its screen-reader labels. */
  'community',
  'prefecture',
  'region',
  'era',
  'market-domain',
  'framework-kind',
  /** General words of the field (biomass, university ...), for English search queries. */
  'term',
  /** Who publishes a catalog (its metadata), as the footer, overview and handout name it. */
  'publisher',
] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

export const glossaryEntrySchema = z.strictObject({
  kind: z.enum(GLOSSARY_KINDS),
  ja: z.string().min(1),
  en: z.string().min(1),
  /** A short English form for tables and charts (MEXT), where the full name does not fit. */
  short: z.string().min(1).optional(),
  /** "seed": the Japanese is the seed documents' own wording; "general": general usage. */
  origin: z.enum(['seed', 'general']),
  note: z.string().optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const GLOSSARY: readonly GlossaryEntry[] = z
  .strictObject({ $comment: z.string(), entries: z.array(glossaryEntrySchema) })
  .parse(glossaryFile).entries;

const byKind = new Map<GlossaryKind, Map<string, GlossaryEntry>>(
  GLOSSARY_KINDS.map((kind) => [
    kind,
    new Map(GLOSSARY.filter((e) => e.kind === kind).map((e) => [e.ja, e])),
  ]),
);

export function glossaryEntry(kind: GlossaryKind, ja: string): GlossaryEntry | undefined {
  return byKind.get(kind)?.get(ja);
}

/** The label in the UI language: the English gloss where the glossary has one, else as printed. */
export function gloss(kind: GlossaryKind, ja: string, locale: 'ja' | 'en'): string {
  return locale === 'ja' ? ja : (glossaryEntry(kind, ja)?.en ?? ja);
}

/** The same, in its short English form where there is one (経済産業省 → METI): for tables and charts. */
export function glossShort(kind: GlossaryKind, ja: string, locale: 'ja' | 'en'): string {
  if (locale === 'ja') return ja;
  const entry = glossaryEntry(kind, ja);
  return entry?.short ?? entry?.en ?? ja;
}
