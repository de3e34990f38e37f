import { useLiveQuery } from 'dexie-react-hooks';
import { storedProfileSchema, type Profile } from '../../../shared/matching/profile';
import { db } from './db';

export interface SavedProfile {
  id: string;
  name: string;
  profile: Profile;
  updatedAt: string;
}

const byName = new Intl.Collator('ja');

/**
 * Saved client profiles and teams (profiles saved before teams existed read as a team of one); a
 * stored profile that no longer validates is skipped, never thrown at the UI.
 */
export function useSavedProfiles(): SavedProfile[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.profiles.toArray();
    return rows
      .flatMap((row) => {
        const parsed = storedProfileSchema.safeParse(row.answers);
        return parsed.success
          ? [{ id: row.id, name: row.name, profile: parsed.data, updatedAt: row.updatedAt }]
          : [];
      })
      .sort((a, b) => byName.compare(a.name, b.name));
  }, []);
}

export async function saveProfile(name: string, profile: Profile, now = new Date()): Promise<string> {
  const id = crypto.randomUUID();
  await db.profiles.add({ id, name: name.trim(), answers: profile, updatedAt: now.toISOString() });
  return id;
}

/** Puts new answers under an existing profile's name and id (the user chose to overwrite it). */
export async function replaceProfile(
  id: string,
  name: string,
  profile: Profile,
  now = new Date(),
): Promise<string> {
  await db.profiles.put({ id, name: name.trim(), answers: profile, updatedAt: now.toISOString() });
  return id;
}

export async function renameProfile(id: string, name: string, now = new Date()): Promise<void> {
  await db.profiles.update(id, { name: name.trim(), updatedAt: now.toISOString() });
}

export async function deleteProfile(id: string): Promise<void> {
  await db.profiles.delete(id);
}
