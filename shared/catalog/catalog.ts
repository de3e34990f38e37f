import { z } from 'zod';
import { communitySchema } from './community';
import { frameworkSchema } from './framework';
import { marketDomainSchema } from './market-domain';
import { programSchema } from './program';
import { sourceDocumentSchema } from './sources';

export const CATALOG_SCHEMA_VERSION = 1;

export const catalogMetaSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
  /** Increases with every published change; a start with the same version does no work. */
  catalogVersion: z.string().regex(/^\d{4}\.\d{2}\.\d{2}-\d+$/, 'must look like 2026.11.22-1'),
  asOf: z.iso.date(),
  publisher: z.string().min(1),
});
export type CatalogMeta = z.infer<typeof catalogMetaSchema>;

export const catalogSchema = z.strictObject({
  meta: catalogMetaSchema,
  sources: z.array(sourceDocumentSchema),
  programs: z.array(programSchema),
  communities: z.array(communitySchema),
  marketDomains: z.array(marketDomainSchema),
  frameworks: z.array(frameworkSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;

/** The record kinds of a catalog, in the order tools report them. */
export const RECORD_KINDS = ['programs', 'communities', 'marketDomains', 'frameworks'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Compares "2026.11.22-1" style versions; a plain string compare breaks at "-10". */
export function compareCatalogVersions(a: string, b: string): number {
  const parse = (v: string) => v.split(/[.-]/).map(Number);
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
