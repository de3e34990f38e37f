import { useId, useState, type FormEvent } from 'react';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
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
  const [saved, setSaved] = useState<number | null>(null);
  const exportFile = useCheckedWrite();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const count = deadlines.length;
    exportFile.run(
      () => exportDeadlines(deadlines, calendarName, reminder === '' ? null : Number(reminder), t, locale),
      (done) => setSaved(done ? count : null),
    );
  };
  return (
    <form className="ics-export inline-form" onSubmit={submit}>
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
      {saved !== null && <p role="status">{t('ics.saved', { count: saved })}</p>}
      <WriteFailure write={exportFile} action="export" />
    </form>
  );
}
