import { formatDate } from '../../../../shared/format/dates';
import { db } from '../../db/db';
import type { Translate, Locale } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { safeFileName } from '../export/run-export';
import type { CalendarDeadline } from './calendar-data';

/**
 * Writes the deadlines to an .ics file the user's calendar imports. The iCalendar writer is loaded
 * only now, on the first export.
 */
export async function exportDeadlines(
  deadlines: CalendarDeadline[],
  calendarName: string,
  reminderDaysBefore: number | null,
  t: Translate,
  locale: Locale,
): Promise<boolean> {
  const { buildDeadlineCalendar } = await import('../../../../shared/calendar/deadline-ics');
  const programs = await db.programs.bulkGet(deadlines.map((d) => d.entry.programId));
  const text = buildDeadlineCalendar(
    deadlines.map(({ entry, listName }, i) => {
      const program = programs[i];
      const contact = program
        ? [program.department, ...program.contacts.map((c) => c.printed)].filter(Boolean).join(' / ')
        : '';
      return {
        listId: entry.listId,
        programId: entry.programId,
        date: entry.deadline!,
        summary: t('ics.summary', { program: program?.name ?? entry.programName, list: listName }),
        description: [
          t('ics.program', { program: program?.name ?? entry.programName }),
          t('ics.list', { list: listName }),
          t('ics.status', { status: t(`shortlist.status.${entry.status}`) }),
          t('ics.deadline', { date: formatDate(entry.deadline!, locale) }),
          contact ? t('ics.contact', { contact }) : t('ics.noContact'),
          program ? '' : t('ics.missing'),
        ]
          .filter(Boolean)
          .join('\n'),
        updatedAt: entry.updatedAt,
      };
    }),
    { name: calendarName, reminderDaysBefore },
  );
  return getPlatform().saveFile('calendar', `${safeFileName(calendarName)}.ics`, text, 'text/calendar');
}
