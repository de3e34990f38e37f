import type { Need } from '../../../../shared/catalog/needs';
import {
  appendAnswers,
  profileSchema,
  readAnswerParams,
  type DroppedAnswer,
  type Profile,
} from '../../../../shared/matching/profile';
import type { Stage, Theme } from '../../../../shared/matching/vocabulary';

/** One organisation, or a team: a team's members each give their own prefecture. */
export type Mode = 'org' | 'team';
const STEPS_BY_MODE = {
  org: ['org', 'region', 'themes', 'needs', 'conditions'],
  team: ['org', 'themes', 'needs', 'conditions'],
} as const;
export type Step = (typeof STEPS_BY_MODE)[Mode][number];
export const stepsFor = (mode: Mode): readonly Step[] => STEPS_BY_MODE[mode];

export interface DraftMember {
  org: string | null;
  prefecture: string | null;
}

/** The answers so far: a profile whose members' types may still be missing. */
export interface Draft {
  mode: Mode;
  /** One member in 'org' mode; in 'team' mode the lead first. */
  members: DraftMember[];
  themes: Theme[];
  needs: Need[];
  stage: Stage | null;
  openOnly: boolean;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads answers from the URL: what a hand-edited or outdated link holds that is not valid is dropped and named. */
export function readDraft(params: URLSearchParams): { draft: Draft; dropped: DroppedAnswer[] } {
  const { team, dropped, ...answers } = readAnswerParams(params);
  return { draft: { mode: team ? 'team' : 'org', ...answers }, dropped };
}

/** The URL of the answers; `returnTo` makes the step go back to the result instead of onwards. */
export function draftToParams(draft: Draft, step?: Step, returnTo?: 'result'): URLSearchParams {
  const params = new URLSearchParams();
  if (draft.mode === 'team') {
    params.set('team', '1');
    for (const m of draft.members) params.append('member', `${m.org ?? ''}:${m.prefecture ?? ''}`);
  } else {
    const [only] = draft.members;
    if (only?.org) params.set('org', only.org);
    if (only?.prefecture) params.set('pref', only.prefecture);
  }
  appendAnswers(params, draft);
  if (step) params.set('step', step);
  if (returnTo) params.set('return', returnTo);
  return params;
}

/** The profile the answers describe, or null while a type is missing (or a team has one member). */
export function draftToProfile(draft: Draft): Profile | null {
  if (draft.mode === 'team' && draft.members.length < 2) return null;
  const parsed = profileSchema.safeParse({
    members: draft.mode === 'team' ? draft.members : draft.members.slice(0, 1),
    themes: draft.themes,
    needs: draft.needs,
    stage: draft.stage,
    openOnly: draft.openOnly,
  });
  return parsed.success ? parsed.data : null;
}

export const draftFromProfile = (profile: Profile): Draft => ({
  mode: profile.members.length > 1 ? 'team' : 'org',
  members: profile.members.map((m) => ({ ...m })),
  themes: profile.themes,
  needs: profile.needs,
  stage: profile.stage,
  openOnly: profile.openOnly,
});

export function stepFromParams(params: URLSearchParams, mode: Mode): Step {
  return oneOf(stepsFor(mode), params.get('step')) ?? 'org';
}
