import type { Program } from '../catalog/program';
import type { RegionFact } from '../catalog/region';
import type { SourceRef } from '../catalog/sources';
import { PREFECTURES, type Prefecture } from './prefectures';

/**
 * Why a program is tied to a prefecture, strongest first:
 * - `region`: the record's region facts (a 経済産業局's area, 東京圏 ...), stated or inferred, each
 *   with its quote; the matching engine uses the same facts;
 * - `named-in-source`: a quote behind the program names the prefecture in full (奈良県, not 奈良),
 *   e.g. a prefecture's own case study. It never implies that the program is limited to, or open
 *   in, that prefecture, and the map says so.
 */
export type RegionalTie =
  | { prefecture: Prefecture; kind: 'region'; fact: RegionFact; source: SourceRef }
  | { prefecture: Prefecture; kind: 'named-in-source'; source: SourceRef };

const NAMES = [...PREFECTURES].sort((a, b) => b.length - a.length);

export function regionalTies(program: Pick<Program, 'sources' | 'regions'>): RegionalTie[] {
  const ties = new Map<Prefecture, RegionalTie>();
  for (const fact of program.regions) {
    for (const prefecture of fact.prefectures as Prefecture[]) {
      if (!ties.has(prefecture))
        ties.set(prefecture, { prefecture, kind: 'region', fact, source: fact.source });
    }
  }
  for (const source of program.sources) {
    for (const prefecture of NAMES) {
      if (!ties.has(prefecture) && source.quote.includes(prefecture))
        ties.set(prefecture, { prefecture, kind: 'named-in-source', source });
    }
  }
  return [...ties.values()];
}

/** The programs tied to a prefecture, each with the tie that puts it there. */
export function programsTiedTo<P extends Pick<Program, 'id' | 'name' | 'sources' | 'regions'>>(
  programs: P[],
  prefecture: string,
): { program: P; tie: RegionalTie }[] {
  return programs.flatMap((program) => {
    const tie = regionalTies(program).find((t) => t.prefecture === prefecture);
    return tie ? [{ program, tie }] : [];
  });
}
