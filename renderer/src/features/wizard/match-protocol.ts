import type { FrameworkMatch, ProgramMatch } from '../../../../shared/matching/match-programs';
import type { Profile } from '../../../../shared/matching/profile';
import type { CommunityMatch } from '../../../../shared/matching/related-communities';

/**
 * The result page's sections: the engine's groups, with 要確認 split into current programs and
 * the ones the documents only mention (shown folded away).
 */
export const SECTIONS = ['eligible', 'check', 'background', 'notEligible', 'ended'] as const;
export type Section = (typeof SECTIONS)[number];

/** Messages between the wizard's result page and the matching worker. */
export type ToMatchWorker =
  /** The wizard was opened: read the catalog now, so the result does not wait for it. */
  | { type: 'prepare' }
  | { type: 'match'; id: number; profile: Profile; today: string; pageSize: number }
  /** More of a section of the result answered to `resultId`. */
  | { type: 'page'; id: number; resultId: number; section: Section; offset: number; limit: number }
  /** Every 対象 program of that result with its group and reasons, to save them as a list. */
  | { type: 'eligible'; id: number; resultId: number };

export type FromMatchWorker =
  MatchReply | PageReply | EligibleReply | { type: 'failed'; id: number; message: string };

export interface MatchReply {
  type: 'match';
  id: number;
  /** Each section's size and its first page of matches, best first. */
  sections: Record<Section, { total: number; matches: ProgramMatch[] }>;
  /** Programs without a known open call, left out because "open calls only" was asked. */
  hidden: number;
  /** The fiscal years of the documents the call statuses come from (shown as "as of"). */
  callsAsOf: number[];
  frameworks: FrameworkMatch[];
  communities: CommunityMatch[];
  /** How many programs were matched. */
  programs: number;
}

export interface PageReply {
  type: 'page';
  id: number;
  matches: ProgramMatch[];
}

export interface EligibleReply {
  type: 'eligible';
  id: number;
  matches: Pick<ProgramMatch, 'program' | 'group' | 'reasons'>[];
}
