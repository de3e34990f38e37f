import { z } from 'zod';
import { applicantTypeSchema } from './applicants';
import { sourceRefSchema } from './sources';

/**
 * Who a program expects to work together (産学官, 企業と大学等 ...): one role per kind of member,
 * each met by any of its applicant types. `stated` where the document says so of the applicants;
 * `inferred` where it only describes the setting (then it never decides a result).
 */
export const consortiumSchema = z.strictObject({
  roles: z
    .array(
      z.strictObject({
        /** As printed: 大学等, 企業, 地元企業・農林漁業者. */
        label: z.string().min(1),
        applicants: z.array(applicantTypeSchema).min(1),
      }),
    )
    .min(2),
  basis: z.enum(['stated', 'inferred']),
  note: z.string().min(1).nullable(),
  source: sourceRefSchema,
});
export type Consortium = z.infer<typeof consortiumSchema>;
