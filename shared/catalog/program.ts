import { z } from 'zod';
import { applicantTypeSchema } from './applicants';
import { consortiumSchema } from './consortium';
import { needSchema } from './needs';
import { regionFactSchema } from './region';
import { sourceRefSchema } from './sources';

/** Stable, human-readable id: user notes and shortlists are keyed by it across catalog updates. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "coi-next"');

export const CATEGORIES = ['市場領域横断', 'バイオ製造', '一次生産等', '健康・医療'] as const;
export const categorySchema = z.enum(CATEGORIES);

/** A Japanese fiscal year as written ("令和4年度予算案") and as a Western year (2022). */
export const fiscalYearSchema = z.strictObject({
  label: z.string().min(1),
  year: z.number().int().min(1989).max(2100),
});
export type FiscalYear = z.infer<typeof fiscalYearSchema>;

export const budgetFigureSchema = z.strictObject({
  fiscalYear: fiscalYearSchema,
  /** Integer yen; null when the text gives no figure (e.g. "(-)"). */
  amountYen: z.number().int().nonnegative().nullable(),
  /** Exactly as printed, e.g. "100億円の内数". */
  text: z.string().min(1),
  /** 内数: the figure is a larger line that this program is part of. */
  partOf: z.boolean(),
  /** 程度: the figure is approximate. */
  approximate: z.boolean(),
});

export const budgetEntrySchema = budgetFigureSchema.extend({
  previous: budgetFigureSchema.nullable(),
  note: z.string().nullable(),
  source: sourceRefSchema,
});
export type BudgetEntry = z.infer<typeof budgetEntrySchema>;

export const eligibilityEntrySchema = z.strictObject({
  applicant: applicantTypeSchema,
  /** As printed in the source, e.g. "①大学等研究機関". */
  label: z.string().min(1),
  basis: z.enum(['stated', 'inferred']),
  source: sourceRefSchema,
});
export type EligibilityEntry = z.infer<typeof eligibilityEntrySchema>;

export const contactSchema = z.strictObject({
  /** Which office, when a program lists several. */
  label: z.string().nullable(),
  /** As printed, e.g. "TEL : 03-5253-4111 (内線3034) mail : daikaika@mext.go.jp". */
  printed: z.string().min(1),
  tel: z
    .string()
    .regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$/)
    .nullable(),
  extension: z.string().nullable(),
  mail: z.email().nullable(),
  source: sourceRefSchema,
});
export type Contact = z.infer<typeof contactSchema>;

export const programStatusSchema = z.strictObject({
  /** 'unknown' where the source only mentions the program: the UI shows 要確認. */
  value: z.enum(['active', 'ended', 'historical', 'unknown']),
  /** The fiscal year or date the status is known for; never implies "still true today". */
  asOf: fiscalYearSchema,
});

export const programSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Empty where no document names the owner: the UI shows 要確認. */
  ministries: z.array(z.string().min(1)),
  agency: z.string().nullable(),
  /** 補助, 委託, 交付金 ... only where the source states it. */
  instruments: z.array(z.string().min(1)),
  summary: z.string().nullable(),
  category: z
    .strictObject({
      value: categorySchema,
      basis: z.enum(['stated', 'inferred']),
      note: z.string().nullable(),
    })
    .nullable(),
  marketDomains: z.array(z.number().int().min(1).max(9)),
  /** What the program supports, each with the words of the source that say so. */
  supports: z.array(z.strictObject({ need: needSchema, source: sourceRefSchema })),
  stages: z.array(z.string().min(1)),
  period: z.string().nullable(),
  /** The last fiscal year of the 事業期間 where a document gives one: after it the program has ended. */
  periodEnd: z
    .strictObject({ fiscalYear: fiscalYearSchema, source: sourceRefSchema })
    .nullable()
    .default(null),
  status: programStatusSchema,
  /** The fiscal year the record as a whole describes: the UI labels every record with it. */
  describes: fiscalYearSchema,
  budgets: z.array(budgetEntrySchema),
  /** Empty means the sources say nothing of applicants: the UI shows 要確認, never "not eligible". */
  eligibility: z.array(eligibilityEntrySchema),
  eligibilityNote: z.string().nullable(),
  /** Regions the documents tie the program to; empty where they name none. */
  regions: z.array(regionFactSchema).default([]),
  /** Who the documents expect to apply together, where they say. */
  consortium: consortiumSchema.nullable().default(null),
  newCalls: z
    .strictObject({
      value: z.enum(['有', '無']),
      fiscalYear: fiscalYearSchema,
      source: sourceRefSchema,
    })
    .nullable(),
  department: z.string().nullable(),
  contacts: z.array(contactSchema),
  related: z.array(slugSchema),
  /** Caveats a reader must see: disagreements between documents, ambiguous extraction. */
  notes: z.array(z.string().min(1)),
  sources: z.array(sourceRefSchema).min(1),
});
export type Program = z.infer<typeof programSchema>;
