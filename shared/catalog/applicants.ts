import { z } from 'zod';

/**
 * Applicant taxonomy. The first three are the support-menu tables' own categories
 * (①大学等研究機関 ②民間事業者等 ③自治体); the rest refine them only where a document is specific.
 * `parent` links a refinement to the broad category it belongs to, so matching a
 * "university" profile also finds programs open to 大学等研究機関 in general.
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

export const APPLICANT_PARENT: Record<ApplicantType, ApplicantType | null> = {
  university: null,
  private: null,
  municipality: null,
  startup: 'private',
  'medical-venture': 'private',
  hospital: null,
  'network-institution': null,
  'primary-producer': 'private',
};
