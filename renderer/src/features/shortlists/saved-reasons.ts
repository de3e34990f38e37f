import type { ProgramMatch } from '../../../../shared/matching/match-programs';
import type { Reason } from '../../../../shared/matching/reason-codes';
import type { SavedReason, WizardVerdict } from '../../../../shared/shortlist/shortlist';

/** What a list keeps of a wizard result: the codes and their params, not the quote ids. */
export function savedReasons(reasons: Reason[]): SavedReason[] {
  return reasons.map(
    ({ criterion, verdict, code, params }) => ({ criterion, verdict, code, params }) as SavedReason,
  );
}

/** A program's place in a wizard result as a list keeps it: its group and every reason. */
export function wizardVerdict(match: Pick<ProgramMatch, 'group' | 'reasons'>): WizardVerdict {
  return { group: match.group, reasons: savedReasons(match.reasons) };
}
