import { describe, expect, it } from 'vitest';
import { monthGrid, monthParam, parseMonth } from '../../renderer/src/features/calendar/calendar-data';

describe('the deadline calendar’s month', () => {
  it('lays a month out in weeks from Sunday, with empty cells outside it', () => {
    const december = monthGrid(2026, 11);
    // 2026-12-01 is a Tuesday; the 31st a Thursday.
    expect(december[0]).toEqual([
      null,
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
    ]);
    expect(december.at(-1)).toEqual([
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      null,
      null,
    ]);
    expect(december.flat().filter(Boolean)).toHaveLength(31);
    // February 2027 starts on a Monday and has 28 days; 2028 is a leap year.
    expect(monthGrid(2027, 1).flat().filter(Boolean)).toHaveLength(28);
    expect(monthGrid(2028, 1).flat().filter(Boolean)).toHaveLength(29);
  });

  it('reads the month from the address and ignores anything else', () => {
    expect(parseMonth('2026-12')).toEqual([2026, 11]);
    for (const bad of ['2026-13', '2026-1', '<b>', '', null]) expect(parseMonth(bad)).toBeNull();
    // Moving past December or before January changes the year.
    expect(monthParam(2026, 12)).toBe('2027-01');
    expect(monthParam(2026, -1)).toBe('2025-12');
  });
});
