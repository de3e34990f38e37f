import type { Reason } from '../../../../shared/matching/reason-codes';
import type { SavedReason } from '../../../../shared/shortlist/shortlist';

/** What a list keeps of a wizard result: the codes and their params, not the quote ids. */
export function savedReasons(reasons: Reason[]): SavedReason[] {
  return reasons.map(
    ({ criterion, verdict, code, params }) => ({ criterion, verdict, code, params }) as SavedReason,
  );
}
