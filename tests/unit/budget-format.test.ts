import { describe, expect, it } from 'vitest';
import { formatYenEn, formatYenJa } from '../../shared/format/budget';
import { classifyStorageError } from '../../renderer/src/db/storage-health';

describe('formatYenJa', () => {
  it.each([
    [13_750_508_000, '137億5,050万8,000円'],
    [10_000_000_000, '100億円'],
    [1_450_000_000, '14億5,000万円'],
    [300_000_000, '3億円'],
    [250_911_000, '2億5,091万1,000円'],
    [168_800_000_000, '1,688億円'],
    [5_000, '5,000円'],
    [0, '0円'],
  ])('%d → %s', (amount, text) => expect(formatYenJa(amount)).toBe(text));
});

describe('formatYenEn', () => {
  it.each([
    [13_750_508_000, '¥13,750.5 million'],
    [300_000_000, '¥300 million'],
    [1_450_000_000, '¥1,450 million'],
    [2_500_000, '¥2.5 million'],
  ])('%d → %s', (amount, text) => expect(formatYenEn(amount)).toBe(text));
});

describe('classifyStorageError', () => {
  it('tells quota, unavailability and other failures apart', () => {
    expect(classifyStorageError({ name: 'QuotaExceededError' })).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyStorageError({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(classifyStorageError({ name: 'OpenFailedError', inner: { name: 'InvalidStateError' } })).toBe(
      'unavailable',
    );
    expect(classifyStorageError(new TypeError('x'))).toBe('other');
    expect(classifyStorageError(null)).toBe('other');
  });
});
