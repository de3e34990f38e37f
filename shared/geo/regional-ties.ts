import type { Program } from '../catalog/program';
import type { SourceRef } from '../catalog/sources';
import { PREFECTURES, type Prefecture } from './prefectures';

/**
 * Why a program is tied to a prefecture. Today the catalog records no region for programs, so the
 * one tie there is: a quote behind the program names the prefecture in full (奈良県, not 奈良),
 * e.g. a prefecture's own case study. That is what the map says, with the quote; it never implies
 * that the program is limited to, or open in, that prefecture. Region facts recorded on programs
 * (issue 13) belong here as a second kind of tie.
 */
export interface RegionalTie {
  prefecture: Prefecture;
  kind: 'named-in-source';
  source: SourceRef;
}

const NAMES = [...PREFECTURES].sort((a, b) => b.length - a.length);

export function regionalTies(program: Pick<Program, 'sources'>): RegionalTie[] {
  const ties = new Map<Prefecture, RegionalTie>();
  for (const source of program.sources) {
    for (const prefecture of NAMES) {
      if (!ties.has(prefecture) && source.quote.includes(prefecture))
        ties.set(prefecture, { prefecture, kind: 'named-in-source', source });
    }
  }
  return [...ties.values()];
}

/** The programs tied to a prefecture, each with the tie that puts it there. */
export function programsTiedTo<P extends Pick<Program, 'id' | 'name' | 'sources'>>(
  programs: P[],
  prefecture: string,
): { program: P; tie: RegionalTie }[] {
  return programs.flatMap((program) => {
    const tie = regionalTies(program).find((t) => t.prefecture === prefecture);
    return tie ? [{ program, tie }] : [];
  });
}
