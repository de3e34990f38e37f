import { z } from 'zod';
import { consortiumSchema } from './consortium';
import { eligibilityEntrySchema } from './program';
import { regionFactSchema } from './region';
import { contactSchema, fiscalYearSchema, slugSchema } from './program';
import { sourceRefSchema } from './sources';

/** Certification and declaration schemes: not funding, but what a community or municipality joins. */
export const frameworkSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  kind: z.enum(['認定制度', '宣言制度']),
  owners: z.array(z.string().min(1)).min(1),
  summary: z.string().min(1),
  /** What a participant commits to or must have (requirements, example actions). */
  contents: z.array(z.string().min(1)),
  /** What participation brings, where stated. */
  benefits: z.array(z.string().min(1)),
  process: z.array(z.string().min(1)),
  participants: z.array(z.string().min(1)),
  eligibility: z.array(eligibilityEntrySchema),
  regions: z.array(regionFactSchema).default([]),
  consortium: consortiumSchema.nullable().default(null),
  contacts: z.array(contactSchema),
  describes: fiscalYearSchema,
  notes: z.array(z.string().min(1)),
  sources: z.array(sourceRefSchema).min(1),
});
export type Framework = z.infer<typeof frameworkSchema>;
