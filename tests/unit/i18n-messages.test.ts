import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/messages-en';
import { ja } from '../../renderer/src/i18n/messages-ja';
import { translate } from '../../renderer/src/i18n/i18n';

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

  it('fills placeholders', () => {
    expect(translate('ja', 'list.count', { count: 11 })).toBe('11 件の制度');
    expect(translate('en', 'detail.contact.extension', { extension: '4195' })).toBe('ext. 4195');
  });
});
