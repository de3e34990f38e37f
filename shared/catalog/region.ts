import { z } from 'zod';
import { PREFECTURES } from '../geo/prefectures';
import { sourceRefSchema } from './sources';

export const prefectureSchema = z.enum(PREFECTURES as [string, ...string[]]);

/**
 * A region a document ties a program or scheme to: a 経済産業局's area, a prefecture, 東京圏 ...
 * `stated` when the quote names the place; `inferred` when it is read from something else (the
 * owning bureau, a city), with `note` saying from what. `prefectures` is what the label covers.
 */
export const regionFactSchema = z.strictObject({
  /** As printed or as the basis names it: 近畿経済産業局管内, 関東圏, 福島県. */
  label: z.string().min(1).max(100),
  prefectures: z.array(prefectureSchema).min(1),
  basis: z.enum(['stated', 'inferred']),
  note: z.string().min(1).nullable(),
  source: sourceRefSchema,
});
export type RegionFact = z.infer<typeof regionFactSchema>;
