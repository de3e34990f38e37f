import { useLiveQuery } from 'dexie-react-hooks';
import type { Program } from '../../../../shared/catalog/program';
import type { Prefecture } from '../../../../shared/geo/prefectures';
import { regionalTies, type RegionalTie } from '../../../../shared/geo/regional-ties';
import { db } from '../../db/db';

export type TiedProgram = { program: Pick<Program, 'id' | 'name'>; tie: RegionalTie };

/** Every program with a regional tie, by prefecture; read once per catalog change. */
export function useRegionalTies(): Map<Prefecture, TiedProgram[]> | undefined {
  return useLiveQuery(async () => {
    const byPrefecture = new Map<Prefecture, TiedProgram[]>();
    await db.programs.each((program) => {
      for (const tie of regionalTies(program)) {
        const entry = { program: { id: program.id, name: program.name }, tie };
        byPrefecture.set(tie.prefecture, [...(byPrefecture.get(tie.prefecture) ?? []), entry]);
      }
    });
    return byPrefecture;
  }, []);
}
