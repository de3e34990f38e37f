import { startTransition, useEffect, useState } from 'react';
import { todayIso } from '../../../../shared/format/dates';
import type { ProgramMatch } from '../../../../shared/matching/match-programs';
import { profileToParams, type Profile } from '../../../../shared/matching/profile';
import { useCatalogMeta } from '../../db/programs-repository';
import { matchClient } from './match-client';
import type { MatchReply, Section } from './match-protocol';

/**
 * Matches drawn per section at first and per "show more": a card (reasons, quotes, contacts) is
 * long, ten fill a screen, and drawing many at once would hold the UI thread past a frame.
 */
export const RESULT_PAGE = 10;

export interface WizardResult extends MatchReply {
  /** The matches drawn so far for each section (the first page, and any more asked for). */
  shown: Record<Section, ProgramMatch[]>;
}

/**
 * The wizard's result for a profile, worked out in the matching worker: the UI thread never
 * reads the catalog or runs the engine. null while it is being worked out (or the catalog read).
 */
export function useWizardResult(
  profile: Profile | null,
  /** Cards per section to draw at once, as many as a reader coming back had asked for. */
  restoreShown: Partial<Record<Section, number>> = {},
): {
  result: WizardResult | null;
  error: string | null;
  more: (section: Section) => void;
  /** Every 対象 program with its reasons, to save them as a list. */
  eligibleForList: () => Promise<Pick<ProgramMatch, 'program' | 'group' | 'reasons'>[]>;
} {
  const meta = useCatalogMeta();
  const catalogKey = meta ? `${meta.catalogVersion}@${meta.loadedAt}` : null;
  const key = profile && catalogKey ? `${profileToParams(profile).toString()}|${catalogKey}` : null;
  const [state, setState] = useState<{ key: string; result: WizardResult } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!key || !profile) return;
    let current = true;
    matchClient()
      .match(profile, todayIso(), RESULT_PAGE)
      .then(async (reply) => {
        const shown = Object.fromEntries(
          Object.entries(reply.sections).map(([section, { matches }]) => [section, matches]),
        ) as WizardResult['shown'];
        for (const [section, count] of Object.entries(restoreShown) as [Section, number][]) {
          const drawn = shown[section].length;
          if (count > drawn)
            shown[section] = [
              ...shown[section],
              ...(await matchClient().page(reply.id, section, drawn, count - drawn)).matches,
            ];
        }
        return { reply, shown };
      })
      .then(
        ({ reply, shown }) => {
          if (!current) return;
          // A transition: drawing the cards yields to the user in between.
          startTransition(() => {
            setError(null);
            setState({ key, result: { ...reply, shown } });
          });
        },
        (failure: Error) => current && setError(failure.message),
      );
    return () => {
      current = false;
    };
    // The profile is part of the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const result = state?.key === key ? state.result : null;
  const more = (section: Section) => {
    if (!result) return;
    const { id } = result;
    matchClient()
      .page(id, section, result.shown[section].length, RESULT_PAGE)
      .then(
        ({ matches }) =>
          startTransition(() =>
            setState((s) =>
              s && s.result.id === id
                ? {
                    ...s,
                    result: {
                      ...s.result,
                      shown: { ...s.result.shown, [section]: [...s.result.shown[section], ...matches] },
                    },
                  }
                : s,
            ),
          ),
        (failure: Error) => setError(failure.message),
      );
  };
  const eligibleForList = async () => (result ? (await matchClient().eligible(result.id)).matches : []);
  return { result, error, more, eligibleForList };
}
