import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { parseIsoDay } from '../format/dates';

/** One internal deadline as a calendar event; the texts are already in the user's language. */
export interface DeadlineEventInput {
  listId: string;
  programId: string;
  /** YYYY-MM-DD: an all-day event on that day. */
  date: string;
  summary: string;
  description: string;
  /** When the list entry last changed: a re-export after a change carries a higher SEQUENCE. */
  updatedAt: string;
}

export interface DeadlineCalendarOptions {
  name: string;
  /** A reminder at 9:00 this many days before (0: on the day); null for none. */
  reminderDaysBefore: number | null;
  now?: Date;
}

export const MAX_REMINDER_DAYS = 90;
const REMINDER_HOUR = 9;
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/**
 * The same list and program always give the same UID, so importing a later export updates the
 * event instead of adding a second one (the deadline date is not part of it: a moved deadline
 * moves the event).
 */
export const deadlineUid = (listId: string, programId: string) =>
  `${listId}.${programId}@shien-menu-navi.deadline`;

/** Minutes since 2024 of the entry's last change: grows with every edit, fits in 32 bits. */
export function deadlineSequence(updatedAt: string): number {
  const time = Date.parse(updatedAt);
  return Number.isNaN(time) ? 0 : Math.max(0, Math.floor((time - SEQUENCE_EPOCH) / 60_000));
}

/** An iCalendar file (RFC 5545) with one all-day event per deadline, written by ical-generator. */
export function buildDeadlineCalendar(
  deadlines: DeadlineEventInput[],
  options: DeadlineCalendarOptions,
): string {
  const now = options.now ?? new Date();
  const calendar = ical({
    name: options.name,
    prodId: { company: 'shien-menu-navi', product: '支援メニューナビ', language: 'JA' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const deadline of deadlines) {
    const day = parseIsoDay(deadline.date);
    if (!day) continue;
    const next = new Date(day.getTime() + 86_400_000);
    const event = calendar.createEvent({
      id: deadlineUid(deadline.listId, deadline.programId),
      start: day,
      end: next,
      allDay: true,
      stamp: now,
      lastModified: new Date(deadline.updatedAt),
      sequence: deadlineSequence(deadline.updatedAt),
      summary: deadline.summary,
      description: deadline.description,
    });
    const days = options.reminderDaysBefore;
    if (days !== null && Number.isInteger(days) && days >= 0 && days <= MAX_REMINDER_DAYS) {
      // Relative to the all-day event's start (midnight): positive is before, negative after.
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: days * 86_400 - REMINDER_HOUR * 3_600,
        description: deadline.summary,
      });
    }
  }
  return calendar.toString();
}
