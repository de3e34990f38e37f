import { Fragment, type ReactElement } from 'react';
import type { Locale } from '../i18n/i18n';

const JAPANESE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー〜・「」『』（）【】、。：';
/** A run of Japanese, with figures written into it (令和3年度, 150億円) kept in the run. */
const JAPANESE_RUN = new RegExp(`[0-9,.]*[${JAPANESE}]+(?:[0-9,.]*[${JAPANESE}]+)*`, 'gu');

/**
 * English text that quotes Japanese (a column header, an example cell): in the English UI each
 * Japanese run is marked lang="ja", so a screen reader switches voice for it and the English-UI
 * check can tell a quoted Japanese word from an untranslated label. Always rendered as text.
 */
export function MixedText({ text, locale }: { text: string; locale: Locale }) {
  if (locale === 'ja') return <>{text}</>;
  const parts: ReactElement[] = [];
  let last = 0;
  for (const match of text.matchAll(JAPANESE_RUN)) {
    const start = match.index;
    if (start > last) parts.push(<Fragment key={`t${last}`}>{text.slice(last, start)}</Fragment>);
    parts.push(
      <span key={`j${start}`} lang="ja">
        {match[0]}
      </span>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(<Fragment key={`t${last}`}>{text.slice(last)}</Fragment>);
  return <>{parts}</>;
}
