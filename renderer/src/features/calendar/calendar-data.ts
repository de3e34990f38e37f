import { useLiveQuery } from 'dexie-react-hooks';
import { db, type Shortlist, type ShortlistEntry } from '../../db/db';
import { entryPrograms, type ProgramName } from '../../db/shortlists-repository';

export interface CalendarDeadline {
  entry: ShortlistEntry;
  listName: string;
  program: ProgramName | null;
}

/** Every list's entries with an internal deadline (or one list's), soonest first, with the lists. */
export function useCalendarDeadlines(
  listId: string | null,
): { deadlines: CalendarDeadline[]; lists: Shortlist[] } | undefined {
  return useLiveQuery(async () => {
    const lists = (await db.shortlists.toArray()).sort((a, b) => a.position - b.position);
    const names = new Map(lists.map((l) => [l.id, l.name]));
    const order = new Map(lists.map((l, i) => [l.id, i]));
    // Within a day, in the order of the lists and of the entries in them, as the user arranged them.
    const entries = (await db.shortlistEntries.where('deadline').above('').toArray()).sort(
      (a, b) =>
        a.deadline!.localeCompare(b.deadline!) ||
        (order.get(a.listId) ?? 0) - (order.get(b.listId) ?? 0) ||
        a.position - b.position,
    );
    const shown = entries.filter((entry) => !listId || entry.listId === listId);
    const programs = await entryPrograms(shown);
    return {
      lists,
      deadlines: shown.map((entry, i) => ({
        entry,
        listName: names.get(entry.listId) ?? '',
        program: programs[i]!,
      })),
    };
  }, [listId]);
}

/** The weeks of a month as rows of seven ISO days (null outside the month), Sunday first. */
export function monthGrid(year: number, monthIndex: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, monthIndex, 1));
  const days = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: first.getUTCDay() }, () => null);
  for (let day = 1; day <= days; day++) {
    cells.push(new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10));
  }
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** "2026-12" → [2026, 11]; anything else → null. */
export function parseMonth(value: string | null): [number, number] | null {
  const match = value ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value) : null;
  return match ? [Number(match[1]), Number(match[2]) - 1] : null;
}

export const monthParam = (year: number, monthIndex: number) => {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};
