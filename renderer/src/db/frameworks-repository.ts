import { useLiveQuery } from 'dexie-react-hooks';
import type { Framework } from '../../../shared/catalog/framework';
import { db } from './db';

export function useFrameworks(): Framework[] | undefined {
  return useLiveQuery(() => db.frameworks.toArray(), []);
}

export function useFramework(id: string): Framework | null | undefined {
  return useLiveQuery(async () => (await db.frameworks.get(id)) ?? null, [id]);
}
