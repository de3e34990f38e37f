import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/messages-en';
import { ja } from '../../renderer/src/i18n/messages-ja';
import { translate, translatePlural } from '../../renderer/src/i18n/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it('English has every Japanese key and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('both languages use the same placeholders for each message', () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
    }
  });

  it('no English message is left in Japanese by mistake', () => {
    // The language's own name, search examples that show the Japanese users actually type, and
    // the program table's own Japanese header and fiscal-year form, which an English user types too.
    const allowedJapanese = new Set([
      'language.ja',
      'search.placeholder',
      'search.suggestWords',
      'search.page.prompt',
      'update.issue.fiscal-year',
      'update.issue.citation',
      // Amounts are typed with their Japanese unit (億円, 千円) whatever the UI language.
      'update.issue.amount',
    ]);
    for (const [key, text] of Object.entries(en)) {
      if (allowedJapanese.has(key) || key === 'value.unknown') continue;
      expect(text, key).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('words counts by the language’s plural rules: every singular has its plural', () => {
    for (const key of Object.keys(ja).filter((k) => k.endsWith('.one'))) {
      expect(Object.keys(ja), key).toContain(key.replace(/\.one$/, '.other'));
    }
    expect(translatePlural('en', 'result.showAll', 1)).toBe('Show 1 program');
    expect(translatePlural('en', 'result.showAll', 0)).toBe('Show 0 programs');
    expect(translatePlural('en', 'shortlists.count', 1)).toBe('1 program');
    expect(translatePlural('en', 'search.resultCount', 2, { count: '2' })).toBe('2 programs');
    expect(translatePlural('en', 'result.hidden', 1)).toBe(
      '1 program without a known open call is not shown.',
    );
    expect(translatePlural('ja', 'result.showAll', 1)).toBe('1 件を表示');
  });

  it('fills placeholders', () => {
    expect(translate('ja', 'list.count', { count: 11 })).toBe('11 件の制度');
    expect(translate('en', 'detail.contact.extension', { extension: '4195' })).toBe('ext. 4195');
  });
});
