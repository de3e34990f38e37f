import { z } from 'zod';
import { categorySchema } from './program';
import { sourceRefSchema } from './sources';

export const marketFigureSchema = z.strictObject({
  /** As printed, e.g. 「53.3兆円」. */
  text: z.string().min(1),
  amountYen: z.number().int().nonnegative(),
  year: z.number().int().min(2000).max(2100).nullable(),
});

export const marketDomainSchema = z.strictObject({
  /** 1〜9, the bio strategy's own numbering (①〜⑨). */
  id: z.number().int().min(1).max(9),
  name: z.string().min(1),
  category: categorySchema,
  leadMinistry: z.string().min(1),
  strengths: z.array(z.string().min(1)),
  /** Some figures cover several domains together (①②⑦); `scope` lists them. */
  marketSize: z
    .strictObject({
      scope: z.array(z.number().int().min(1).max(9)).min(1),
      target: marketFigureSchema,
      current: marketFigureSchema,
      note: z.string().nullable(),
      source: sourceRefSchema,
    })
    .nullable(),
  sources: z.array(sourceRefSchema).min(1),
});
export type MarketDomain = z.infer<typeof marketDomainSchema>;

/** The bio strategy's own numbering of market domains: 3 → ③. */
export const circledDomain = (domain: number): string => '①②③④⑤⑥⑦⑧⑨'[domain - 1] ?? String(domain);
