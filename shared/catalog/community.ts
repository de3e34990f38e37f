import { z } from 'zod';
import { contactSchema, fiscalYearSchema, slugSchema } from './program';
import { sourceRefSchema } from './sources';

/** A prefecture a community belongs to: stated, or inferred from a place name the source gives. */
export const prefectureRefSchema = z.strictObject({
  name: z.string().regex(/^.+[都道府県]$/, 'must be a prefecture name such as 山形県'),
  basis: z.enum(['stated', 'inferred']),
  source: sourceRefSchema,
});

export const communitySchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  kind: z.enum(['regional', 'global']),
  /** 認定 (certified), 登録 (registered for growth, 育成), 候補 (candidate, not yet certified). */
  status: z.enum(['認定', '登録', '候補']),
  /** As printed, e.g. 「令和3年6月認定」. */
  statusLabel: z.string().min(1),
  networkInstitution: z.string().nullable(),
  contacts: z.array(contactSchema),
  members: z.array(z.string().min(1)),
  membersSummary: z.string().nullable(),
  marketDomains: z.array(z.number().int().min(1).max(9)),
  summary: z.string().min(1),
  idealState: z.array(z.string().min(1)),
  measures: z.array(z.string().min(1)),
  kpis: z.array(z.string().min(1)),
  prefectures: z.array(prefectureRefSchema),
  describes: fiscalYearSchema,
  notes: z.array(z.string().min(1)),
  sources: z.array(sourceRefSchema).min(1),
});
export type Community = z.infer<typeof communitySchema>;
