import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildDeadlineCalendar,
  deadlineSequence,
  deadlineUid,
  type DeadlineEventInput,
} from '../../shared/calendar/deadline-ics';

const LIST = '6f1c2b0e-1111-4a4a-9c9c-000000000001';
const base: DeadlineEventInput = {
  listId: LIST,
  programId: 'coi-next',
  date: '2026-12-15',
  summary: '【締切】共創の場形成支援プログラム（研究推進課）',
  description:
    '制度: 共創の場形成支援プログラム\nリスト: 研究推進課\n状況: 応募予定\n連絡先: 科学技術・学術政策局 産業連携・地域振興課 TEL : 03-5253-4111 (内線3034) mail : daikaika@mext.go.jp',
  updatedAt: '2026-11-30T10:00:00.000Z',
};

/** Reads the file back with Mozilla's ical.js (Thunderbird's parser), not the library that wrote it. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const alarm = component.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      end: event.endDate.toString(),
      sequence: event.sequence,
      trigger: alarm ? String(alarm.getFirstPropertyValue('trigger')) : null,
      action: alarm ? String(alarm.getFirstPropertyValue('action')) : null,
    };
  });
}

describe('a list’s deadlines as an iCalendar file', () => {
  it('has one all-day event per deadline with the program, the list and the contact', () => {
    const text = buildDeadlineCalendar(
      [base, { ...base, programId: 'kakenhi', date: '2027-01-08', summary: '【締切】科研費（研究推進課）' }],
      { name: '研究推進課 の締切', reminderDaysBefore: 7 },
    );
    const read = events(text);
    expect(read).toHaveLength(2);
    expect(read[0]).toMatchObject({
      uid: deadlineUid(LIST, 'coi-next'),
      summary: base.summary,
      start: '2026-12-15',
      end: '2026-12-16',
      isDate: true,
    });
    expect(read[0]!.description).toContain('リスト: 研究推進課');
    expect(read[0]!.description).toContain('daikaika@mext.go.jp');
    expect(read[1]!.start).toBe('2027-01-08');
    expect(text).toContain('X-WR-CALNAME:研究推進課 の締切');
  });

  it('reminds at 9:00 the chosen number of days before, or not at all', () => {
    expect(events(buildDeadlineCalendar([base], { name: 'x', reminderDaysBefore: 7 }))[0]).toMatchObject({
      action: 'DISPLAY',
      trigger: '-P6DT15H',
    });
    expect(events(buildDeadlineCalendar([base], { name: 'x', reminderDaysBefore: 0 }))[0]!.trigger).toBe(
      'PT9H',
    );
    expect(
      events(buildDeadlineCalendar([base], { name: 'x', reminderDaysBefore: null }))[0]!.trigger,
    ).toBeNull();
    // Out of range or not a whole number: no reminder rather than a wrong one.
    expect(
      events(buildDeadlineCalendar([base], { name: 'x', reminderDaysBefore: 400 }))[0]!.trigger,
    ).toBeNull();
  });

  it('keeps the UID when a deadline moves, with a higher SEQUENCE, so a re-import updates the event', () => {
    const first = events(buildDeadlineCalendar([base], { name: 'x', reminderDaysBefore: null }))[0]!;
    const moved = events(
      buildDeadlineCalendar([{ ...base, date: '2026-12-20', updatedAt: '2026-12-01T08:30:00.000Z' }], {
        name: 'x',
        reminderDaysBefore: null,
      }),
    )[0]!;
    expect(moved.uid).toBe(first.uid);
    expect(moved.start).toBe('2026-12-20');
    expect(moved.sequence).toBeGreaterThan(first.sequence);
    expect(deadlineSequence('not a date')).toBe(0);
    // The same entry in another list is another event.
    expect(deadlineUid('other-list', 'coi-next')).not.toBe(first.uid);
  });

  it('folds long Japanese lines at 75 octets without splitting a character, and skips unreadable dates', () => {
    const long = { ...base, description: 'あ'.repeat(200) };
    const text = buildDeadlineCalendar([long, { ...base, programId: 'x', date: '2026-02-30' }], {
      name: 'x',
      reminderDaysBefore: null,
    });
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const read = events(text);
    expect(read).toHaveLength(1);
    expect(read[0]!.description).toBe('あ'.repeat(200));
  });
});
