import { describe, expect, it } from 'vitest';
import { errorMessage, technicalDetail } from '../../shared/error-message';
import {
  classifyStorageError,
  classifyWriteError,
  MissingRecordError,
} from '../../renderer/src/db/storage-health';
import { NotEnoughRoomError } from '../../renderer/src/db/storage-space';

describe('errorMessage and technicalDetail', () => {
  it('never answer [object Object], whatever was thrown', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    const thrown: unknown[] = [
      { status: 404, statusText: 'Not Found', internal: true, data: 'x' },
      { message: 'from a plain object' },
      { code: 22 },
      circular,
      Object.create(null) as object,
      null,
      undefined,
      42,
    ];
    const texts = thrown.map(errorMessage);
    expect(texts).toEqual([
      '404 Not Found',
      'from a plain object',
      '{"code":22}',
      '{a, self}',
      '{}',
      'null',
      'undefined',
      '42',
    ]);
    for (const text of [...texts, ...thrown.map(technicalDetail)]) expect(text).not.toContain('[object');
  });

  it('give an Error its kind in the details', () => {
    expect(errorMessage(new TypeError('x is undefined'))).toBe('x is undefined');
    expect(technicalDetail(new TypeError('x is undefined'))).toBe('TypeError: x is undefined');
  });
});

describe('classifying storage failures', () => {
  it('finds a quota error wherever Dexie wraps it: inner, cause, or a BulkError’s failed rows', () => {
    expect(classifyStorageError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toBe(
      'quota',
    );
    expect(classifyStorageError(new Error('x', { cause: { name: 'QuotaExceededError' } }))).toBe('quota');
    expect(classifyStorageError({ name: 'DatabaseClosedError' })).toBe('unavailable');
  });

  it('tells a write for a record that is gone from storage trouble', () => {
    expect(classifyWriteError(new MissingRecordError('no shortlist x'))).toBe('missing');
    expect(classifyWriteError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyWriteError(new TypeError('bug'))).toBe('other');
  });

  it('reads a full disk in the words Chromium uses, on the transaction the failed rows point to', () => {
    // What an 8 MB list import on a full disk really threw in Chromium (abort-cause.ts adds `cause`).
    const chromium = {
      name: 'BulkError',
      failures: [
        {
          name: 'TransactionAbortedError',
          cause: {
            name: 'UnknownError',
            message:
              'Connection is closing because of: IO error: .../http_127.0.0.1_47311.indexeddb.leveldb/000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
          },
        },
      ],
    };
    expect(classifyWriteError(chromium)).toBe('quota');
    expect(
      classifyWriteError({ name: 'UnknownError', message: 'Internal error opening backing store' }),
    ).toBe('other');
    expect(classifyWriteError({ name: 'BulkError', failures: [{ name: 'AbortError' }] })).toBe('other');
    expect(classifyWriteError(new NotEnoughRoomError({ needed: 1, available: 0 }))).toBe('quota');
  });
});
