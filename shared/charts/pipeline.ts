import { ENTRY_STATUSES, type EntryFields, type EntryStatus } from '../shortlist/shortlist';

export interface StatusCount {
  status: EntryStatus;
  count: number;
}

export interface DeadlineMonth {
  /** YYYY-MM */
  month: string;
  byStatus: StatusCount[];
  count: number;
}

export interface Pipeline {
  /** In the order work moves: 検討中 → 応募予定 → 申請済 → 採択 / 見送り. */
  byStatus: StatusCount[];
  /** Months that hold a deadline, earliest first. */
  byMonth: DeadlineMonth[];
  withoutDeadline: number;
  /** Deadlines before `today` for entries not yet 申請済, 採択 or 見送り. */
  overdue: number;
}

const countStatuses = (entries: Pick<EntryFields, 'status'>[]): StatusCount[] =>
  ENTRY_STATUSES.map((status) => ({ status, count: entries.filter((e) => e.status === status).length }));

const OPEN: readonly EntryStatus[] = ['considering', 'planned'];

/** A list's programs by status and by the month of their internal deadline. */
export function listPipeline(entries: Pick<EntryFields, 'status' | 'deadline'>[], today: string): Pipeline {
  const months = new Map<string, Pick<EntryFields, 'status'>[]>();
  let withoutDeadline = 0;
  let overdue = 0;
  for (const entry of entries) {
    if (!entry.deadline) {
      withoutDeadline++;
      continue;
    }
    const month = entry.deadline.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), entry]);
    if (entry.deadline < today && OPEN.includes(entry.status)) overdue++;
  }
  return {
    byStatus: countStatuses(entries),
    byMonth: [...months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, inMonth]) => ({ month, byStatus: countStatuses(inMonth), count: inMonth.length })),
    withoutDeadline,
    overdue,
  };
}
