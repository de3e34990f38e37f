import { useLiveQuery } from 'dexie-react-hooks';
import type { Program } from '../../../shared/catalog/program';
import { db } from './db';

/** undefined while loading, null when no program has that id. */
export function useProgram(id: string): Program | null | undefined {
  return useLiveQuery(async () => (await db.programs.get(id)) ?? null, [id]);
}

/** The programs with these ids, in the same order; null where the catalog has no such id. */
export function usePrograms(ids: string[]): (Program | null)[] | undefined {
  return useLiveQuery(async () => (await db.programs.bulkGet(ids)).map((p) => p ?? null), [ids.join('|')]);
}

export function useProgramNames(ids: string[]): Map<string, string> | undefined {
  return useLiveQuery(
    async () =>
      new Map((await db.programs.bulkGet(ids)).flatMap((p) => (p ? [[p.id, p.name] as const] : []))),
    [ids.join('|')],
  );
}

export function useCatalogMeta() {
  return useLiveQuery(() => db.meta.get('catalog'), []);
}

export function useSourceDocuments() {
  return useLiveQuery(async () => new Map((await db.sources.toArray()).map((s) => [s.file, s])), []);
}
