import type { Reason } from '../../../../shared/matching/reasons';
import type { SavedReason } from '../../../../shared/shortlist/shortlist';

/** What a list keeps of a wizard result: the verdicts and codes, not the source quotes. */
export function savedReasons(reasons: Reason[]): SavedReason[] {
  return reasons.map(({ criterion, verdict, code, params }) => ({ criterion, verdict, code, params }));
}
