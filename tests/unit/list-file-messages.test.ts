import { describe, expect, it } from 'vitest';
import { embeddedCatalogVersion } from '../../data/embedded';
import { formatBytes } from '../../shared/format/sizes';
import {
  buildShortlistFile,
  duplicateEntryCount,
  parseShortlistFile,
} from '../../shared/shortlist/shortlist-file';
import { problemText } from '../../renderer/src/features/shortlists/shortlist-files';
import { translate, type Locale } from '../../renderer/src/i18n/i18n';

const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const entry = {
  programId: 'coi-next',
  programName: '共創の場形成支援プログラム',
  status: 'considering',
  note: '',
  deadline: null,
  reasons: [],
};
const file = (lists: unknown) => ({ ...buildShortlistFile([], embeddedCatalogVersion), lists });

/** Every sentence the import would show for these bytes, in one language. */
function sentences(bytes: Uint8Array, locale: Locale): string[] {
  const parsed = parseShortlistFile('colleague.json', bytes);
  if (parsed.ok) throw new Error('expected a refused file');
  return parsed.problems.map((p) => problemText(p, (key, params) => translate(locale, key, params), locale));
}

const HOSTILE_FILES: [string, Uint8Array][] = [
  ['too large', new Uint8Array(52_428_800)],
  ['not UTF-8', Uint8Array.from([0x7b, 0x22, 0x82, 0xa0, 0x22, 0x7d])],
  ['cut off', encode('{"format": "shien-menu-navi/shortlists", "lists": [')],
  ['not JSON', encode('{\n  "format": abc\n}')],
  ['another app’s JSON', encode({ hello: 1 })],
  ['an unknown status', encode(file([{ name: 'A大学', entries: [{ ...entry, status: 'won' }] }]))],
  ['a note too long', encode(file([{ name: 'A', entries: [{ ...entry, note: 'x'.repeat(10_001) }] }]))],
  ['no such day', encode(file([{ name: 'A', entries: [{ ...entry, deadline: '2027-02-30' }] }]))],
  ['an extra key', encode(file([{ name: 'A', entries: [{ ...entry, __proto__x: 1 }] }]))],
  ['a number for a name', encode(file([{ name: 42, entries: [] }]))],
  ['no lists', encode(file([]))],
  ['empty', new Uint8Array(0)],
  ['only spaces', encode('  \n')],
  ['from a newer app', encode({ ...file([{ name: 'A', entries: [entry] }]), formatVersion: 99 })],
];

describe('messages about a refused list file', () => {
  it.each(HOSTILE_FILES)('%s: words only, in both languages', (_, bytes) => {
    for (const locale of ['ja', 'en'] as const) {
      const texts = sentences(bytes, locale);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        // No byte counts, parser text, schema paths, validator wording or [object Object].
        expect(text).not.toMatch(
          /\d{5,}|bytes?\b|Unexpected|position \d|JSON at|\[\d+\]|lists\.|Invalid|expected|無効|\[object/,
        );
        // English throughout, apart from the names quoted from the file.
        if (locale === 'en') expect(text.replace(/“[^”]*”/g, '')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  it('say where and what to write, with the app’s own labels', () => {
    const [status] = sentences(HOSTILE_FILES[5]![1], 'ja');
    expect(status).toBe(
      '1番目のリスト「A大学」の1件目の制度「共創の場形成支援プログラム」の「状況（status）」: 次のどれかにしてください: considering（検討中）、planned（応募予定）、applied（申請済）、awarded（採択）、declined（見送り）',
    );
    expect(sentences(HOSTILE_FILES[6]![1], 'en')).toEqual([
      'list 1 “A”, program 1 “共創の場形成支援プログラム”, note (note): Use at most 10,000 characters.',
    ]);
    expect(sentences(HOSTILE_FILES[0]![1], 'ja')).toEqual([
      'ファイルが大きすぎます（50 MB。リストのファイルは 20 MB まで）。リストを分けて書き出してもらってください。',
    ]);
    expect(sentences(HOSTILE_FILES[2]![1], 'en')[0]).toMatch(/^The file ends too early/);
  });
});

describe('what the import says about files it cannot or can only partly use', () => {
  it('an empty file is called empty, not cut off', () => {
    expect(sentences(new Uint8Array(0), 'ja')).toEqual([
      'ファイルが空です（中身がありません）。リストのファイルをもう一度書き出して送ってもらってください。',
    ]);
    expect(sentences(encode(' \n'), 'en')).toEqual([
      'The file is empty. Ask for the lists to be exported to a file again and sent.',
    ]);
  });

  it('a file from a newer version of the app says to update the app', () => {
    const newer = encode({ ...file([{ name: 'A', entries: [entry] }]), formatVersion: 99 });
    expect(sentences(newer, 'ja')).toEqual([
      'このファイルは新しいバージョンの支援メニューナビで作られています（形式 99）。アプリを更新してから取り込んでください。',
    ]);
    expect(sentences(newer, 'en')[0]).toMatch(/newer version of Support Menu Navigator.*update the app/);
  });

  it('counts the duplicate entries that an import merges', () => {
    const parsed = parseShortlistFile(
      'colleague.json',
      encode(
        file([
          { name: 'A', entries: [entry, { ...entry, note: 'second' }, entry] },
          { name: 'B', entries: [entry] },
        ]),
      ),
    );
    if (!parsed.ok) throw new Error('expected a readable file');
    expect(duplicateEntryCount(parsed.file)).toBe(2);
  });
});

describe('formatBytes', () => {
  it('gives sizes in the units people read, in each language', () => {
    expect(formatBytes(52_428_800, 'ja')).toBe('50 MB');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(500, 'ja')).toBe('500 バイト');
    expect(formatBytes(500, 'en')).toBe('500 bytes');
    expect(formatBytes(3 * 1024 ** 3, 'en')).toBe('3 GB');
  });
});
