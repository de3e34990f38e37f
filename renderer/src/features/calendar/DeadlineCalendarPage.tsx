import { Link, useSearchParams } from 'react-router';
import { daysUntil, formatDate, formatMonth, todayIso } from '../../../../shared/format/dates';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { EntryProgramName } from '../../components/EntryProgramName';
import { useI18n, type Translate } from '../../i18n/i18n';
import {
  monthGrid,
  monthParam,
  parseMonth,
  useCalendarDeadlines,
  type CalendarDeadline,
} from './calendar-data';
import { IcsExportForm } from './IcsExportForm';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6].map((day) => new Date(Date.UTC(2023, 0, 1 + day))); // 2023-01-01 was a Sunday

/** "あと 5 日" / "今日" / "3 日経過": how far a deadline is, in words. */
export function daysLeftText(iso: string, t: Translate, today = todayIso()): string {
  const days = daysUntil(iso, today);
  if (days === null) return '';
  if (days === 0) return t('calendar.today');
  return days > 0 ? t('calendar.daysLeft', { count: days }) : t('calendar.daysPast', { count: -days });
}

/**
 * Every list's internal deadlines in a month view (#/calendar?month=2026-12&list=…), with the
 * same deadlines as a list for screen readers and printing, and export to the user's calendar.
 */
export default function DeadlineCalendarPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('calendar.heading'));
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const [year, monthIndex] = parseMonth(params.get('month')) ?? [
    Number(today.slice(0, 4)),
    Number(today.slice(5, 7)) - 1,
  ];
  const listId = params.get('list');
  const data = useCalendarDeadlines(listId);
  if (!data) return <p aria-busy="true">{t('loading')}</p>;
  const list = data.lists.find((l) => l.id === listId) ?? null;
  const month = monthParam(year, monthIndex);
  const inMonth = data.deadlines.filter((d) => d.entry.deadline!.startsWith(month));
  const byDay = new Map<string, CalendarDeadline[]>();
  for (const deadline of inMonth)
    byDay.set(deadline.entry.deadline!, [...(byDay.get(deadline.entry.deadline!) ?? []), deadline]);
  const go = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  const weekday = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    weekday: 'short',
    timeZone: 'UTC',
  });
  const weekdayLong = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  const monthName = formatMonth(year, monthIndex, locale);

  return (
    <section aria-labelledby="calendar-heading" className="calendar-page">
      <h1 id="calendar-heading">{t('calendar.heading')}</h1>
      <p className="intro">{t('calendar.intro')}</p>
      <div className="calendar-controls no-print">
        <label>
          {t('calendar.list')}{' '}
          <select value={list?.id ?? ''} onChange={(e) => go({ list: e.target.value || null })}>
            <option value="">{t('calendar.allLists')}</option>
            {data.lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <nav aria-label={t('calendar.monthNav')} className="month-nav">
          <button type="button" onClick={() => go({ month: monthParam(year, monthIndex - 1) })}>
            ← {t('calendar.previous')}
          </button>
          <button type="button" onClick={() => go({ month: null })} disabled={month === today.slice(0, 7)}>
            {t('calendar.thisMonth')}
          </button>
          <button type="button" onClick={() => go({ month: monthParam(year, monthIndex + 1) })}>
            {t('calendar.next')} →
          </button>
        </nav>
      </div>
      <h2 aria-live="polite">{monthName}</h2>
      <table className="month-grid">
        <caption className="visually-hidden">
          {t('calendar.caption', { month: monthName, count: inMonth.length })}
        </caption>
        <thead>
          <tr>
            {WEEKDAYS.map((day) => (
              <th key={day.getUTCDay()} scope="col" abbr={weekdayLong.format(day)}>
                {weekday.format(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(year, monthIndex).map((week, w) => (
            <tr key={w}>
              {week.map((day, d) =>
                day === null ? (
                  <td key={d} className="outside" />
                ) : (
                  <td
                    key={day}
                    className={day === today ? 'today' : undefined}
                    aria-current={day === today ? 'date' : undefined}
                  >
                    <span className="day-number">{Number(day.slice(8))}</span>
                    {byDay.get(day)?.map(({ entry, listName, program }) => (
                      <span key={entry.id} className={`calendar-entry status-${entry.status}`}>
                        <EntryProgramName entry={entry} program={program} />
                        <small>
                          {listName} · {t(`shortlist.status.${entry.status}`)}
                        </small>
                      </span>
                    ))}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('calendar.monthList', { month: monthName })}</h2>
      {inMonth.length === 0 ? (
        <p>{data.deadlines.length === 0 ? t('calendar.noneAtAll') : t('calendar.noneThisMonth')}</p>
      ) : (
        <ol className="deadline-agenda">
          {inMonth.map(({ entry, listName, program }) => (
            <li key={entry.id}>
              <time dateTime={entry.deadline!}>{formatDate(entry.deadline!, locale)}</time>{' '}
              <span className="days-left">{daysLeftText(entry.deadline!, t, today)}</span>{' '}
              <EntryProgramName entry={entry} program={program} />{' '}
              <small>
                <Link to={`/shortlists/${entry.listId}`}>{listName}</Link> ·{' '}
                {t(`shortlist.status.${entry.status}`)}
              </small>
            </li>
          ))}
        </ol>
      )}

      <section aria-labelledby="ics-heading" className="no-print">
        <h2 id="ics-heading">{t('ics.heading')}</h2>
        <p>
          {t('ics.intro', {
            scope: list ? t('ics.scope.list', { name: list.name }) : t('ics.scope.all'),
            count: data.deadlines.length,
          })}
        </p>
        <IcsExportForm
          deadlines={data.deadlines}
          calendarName={list ? t('ics.calendarName', { name: list.name }) : t('ics.calendarNameAll')}
        />
      </section>
    </section>
  );
}
