/**
 * The catalog's applicant types are the nodes of the applicant-type tree
 * (shared/vocabulary/applicant-types.json): an eligibility entry names the node its document names,
 * usually a support-menu category (①大学等研究機関 `university`, ②民間事業者等 `private`,
 * ③自治体 `municipality`), a more specific one only where the document is specific.
 */
export { APPLICANT_TYPES, applicantTypeSchema, type ApplicantType } from '../vocabulary/applicant-types';
