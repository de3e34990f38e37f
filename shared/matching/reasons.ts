import type { SourceRef } from '../catalog/sources';

export type Criterion = 'org' | 'theme' | 'need' | 'stage' | 'region' | 'status';
export type Verdict = 'matched' | 'unknown' | 'not-met';

/**
 * One line of a result's explanation: which criterion, how it came out, a code that names the
 * situation (texts in reason-text.ts), the values it mentions, and the source's words behind it.
 */
export interface Reason {
  criterion: Criterion;
  verdict: Verdict;
  code: ReasonCode;
  params: Record<string, string>;
  quote: SourceRef | null;
}

export type ReasonCode =
  | 'org-stated'
  | 'org-inferred'
  | 'org-may-be'
  | 'org-not-stated'
  | 'org-other'
  | 'theme-cross'
  | 'theme-category'
  | 'theme-category-inferred'
  | 'theme-domain'
  | 'theme-other'
  | 'theme-unknown'
  | 'need-match'
  | 'need-other'
  | 'need-unknown'
  | 'stage-unknown'
  | 'region-unknown'
  | 'status-open'
  | 'status-no-new-calls'
  | 'status-no-call-info'
  | 'status-historical'
  | 'status-ended'
  | 'status-unknown';
