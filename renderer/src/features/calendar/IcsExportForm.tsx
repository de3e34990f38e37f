import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { CalendarDeadline } from './calendar-data';
import { exportDeadlines } from './ics-export';

const REMINDER_CHOICES = [null, 0, 1, 3, 7, 14, 30] as const;

/** "Add to my calendar": the deadlines shown, with a reminder the chosen number of days before. */
export function IcsExportForm({
  deadlines,
  calendarName,
}: {
  deadlines: CalendarDeadline[];
  calendarName: string;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [reminder, setReminder] = useState<string>('7');
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    try {
      const saved = await exportDeadlines(
        deadlines,
        calendarName,
        reminder === '' ? null : Number(reminder),
        t,
        locale,
      );
      if (saved) setOutcome('saved');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <form className="ics-export inline-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-reminder`}>{t('ics.reminder')}</label>
      <select id={`${id}-reminder`} value={reminder} onChange={(e) => setReminder(e.target.value)}>
        {REMINDER_CHOICES.map((days) => (
          <option key={String(days)} value={days === null ? '' : String(days)}>
            {days === null
              ? t('ics.reminder.none')
              : days === 0
                ? t('ics.reminder.sameDay')
                : t('ics.reminder.days', { days })}
          </option>
        ))}
      </select>
      <button type="submit" disabled={deadlines.length === 0}>
        {t('ics.export', { count: deadlines.length })}
      </button>
      <span className="help">{t('ics.help')}</span>
      {outcome === 'saved' && <p role="status">{t('ics.saved', { count: deadlines.length })}</p>}
      {outcome === 'failed' && <p role="alert">{t('ics.failed')}</p>}
    </form>
  );
}
