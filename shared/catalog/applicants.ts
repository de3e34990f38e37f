import { z } from 'zod';

/**
 * Applicant taxonomy. The first three are the support-menu tables' own categories
 * (①大学等研究機関 ②民間事業者等 ③自治体); the rest refine them only where a document is specific.
 * Which organisations count as which type is decided by the matching vocabulary
 * (shared/matching/vocabulary.ts), not here.
 */
export const APPLICANT_TYPES = [
  'university',
  'private',
  'municipality',
  'startup',
  'medical-venture',
  'hospital',
  'network-institution',
  'primary-producer',
] as const;

export const applicantTypeSchema = z.enum(APPLICANT_TYPES);
export type ApplicantType = z.infer<typeof applicantTypeSchema>;
