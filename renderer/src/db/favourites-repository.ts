import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';

export async function toggleFavourite(programId: string, now = new Date()): Promise<boolean> {
  return db.transaction('rw', db.favourites, async () => {
    if (await db.favourites.get(programId)) {
      await db.favourites.delete(programId);
      return false;
    }
    await db.favourites.add({ programId, addedAt: now.toISOString() });
    return true;
  });
}

export function useIsFavourite(programId: string): boolean | undefined {
  return useLiveQuery(async () => Boolean(await db.favourites.get(programId)), [programId]);
}

export function useFavouriteIds(): Set<string> | undefined {
  return useLiveQuery(async () => new Set((await db.favourites.toArray()).map((f) => f.programId)), []);
}
