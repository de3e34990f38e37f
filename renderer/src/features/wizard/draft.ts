import { NEEDS, type Need } from '../../../../shared/catalog/needs';
import { PREFECTURES } from '../../../../shared/geo/prefectures';
import { profileFromParams, profileToParams, type Profile } from '../../../../shared/matching/profile';
import {
  ORG_TYPE_IDS,
  STAGE_IDS,
  THEME_IDS,
  type OrgType,
  type Stage,
  type Theme,
} from '../../../../shared/matching/vocabulary';

export const STEPS = ['org', 'region', 'themes', 'needs', 'conditions'] as const;
export type Step = (typeof STEPS)[number];

/** The answers so far: a profile whose organisation type may still be missing. */
export interface Draft {
  org: OrgType | null;
  prefecture: string | null;
  themes: Theme[];
  needs: Need[];
  stage: Stage | null;
  openOnly: boolean;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads answers from the URL, dropping anything unknown (a hand-edited or outdated link). */
export function draftFromParams(params: URLSearchParams): Draft {
  return {
    org: oneOf(ORG_TYPE_IDS, params.get('org')),
    prefecture: oneOf(PREFECTURES, params.get('pref')),
    themes: [...new Set(params.getAll('theme'))].filter((t): t is Theme =>
      (THEME_IDS as string[]).includes(t),
    ),
    needs: [...new Set(params.getAll('need'))].filter((n): n is Need =>
      (NEEDS as readonly string[]).includes(n),
    ),
    stage: oneOf(STAGE_IDS, params.get('stage')),
    openOnly: params.get('open') === '1',
  };
}

export function draftToParams(draft: Draft, step?: Step): URLSearchParams {
  const params = profileToParams(draft);
  if (step) params.set('step', step);
  return params;
}

export const draftToProfile = (draft: Draft): Profile | null => profileFromParams(draftToParams(draft));

export function stepFromParams(params: URLSearchParams): Step {
  return oneOf(STEPS, params.get('step')) ?? 'org';
}
