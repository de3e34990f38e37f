import { normalizeForSearch } from './normalize';
import type { GlossaryEntry } from '../vocabulary/glossary';
import { englishPhraseEntries, isEnglishStopword, lookUpWord, type VocabularyMatch } from './vocabulary';

/** One query term: any of `alternatives` must occur (or be absent, if negated). */
export interface QueryTerm {
  /** Normalised forms that count as the word: as typed, then the vocabulary's other forms. */
  alternatives: string[];
  /** Related words from the vocabulary: they find records too, ranked below the alternatives. */
  near: string[];
  /** The same related words as written, to show the user. */
  nearWords: string[];
  /** Program ids the vocabulary links to the word although their records do not name it. */
  linked: string[];
  /** Latin abbreviations the vocabulary added (METI, MIC): found only as whole words. */
  wholeWords: string[];
  negated: boolean;
  /** Quoted: exact phrase, no vocabulary, no typo tolerance. */
  exact: boolean;
  /** As typed, for messages and suggestions. */
  raw: string;
  /** How the vocabulary read the word (readings, abbreviations, English), to show the user. */
  vocabulary: VocabularyMatch[];
}

/**
 * Query syntax users know: words separated by spaces must all match; `a|b` either; `-word`
 * excludes; "a phrase" is matched exactly. Words are expanded with the search vocabulary:
 * readings (けいさんしょう), abbreviations (JST), policy terms and their near words, English.
 */
export function parseQuery(input: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const words = englishPhrases(tokens(input));
  // "ministry of environment": the small English words carry nothing in a Japanese catalog.
  const meaningful = words.filter((w) => w.phrase !== undefined || w.glossary || !isEnglishStopword(w.word!));
  for (const { raw, minus, phrase, word, glossary } of meaningful.length ? meaningful : words) {
    if (phrase !== undefined) {
      const alternative = normalizeForSearch(phrase);
      if (alternative)
        terms.push({
          alternatives: [alternative],
          near: [],
          nearWords: [],
          linked: [],
          wholeWords: [],
          negated: minus === '-',
          exact: true,
          raw,
          vocabulary: [],
        });
      continue;
    }
    const negated = minus === '-';
    const body = word!;
    const alternatives: string[] = [];
    const typed: string[] = [];
    const near: string[] = [];
    const nearWords: string[] = [];
    const linked: string[] = [];
    const vocabulary: VocabularyMatch[] = [];
    for (const part of body.split('|')) {
      const normalized = normalizeForSearch(part);
      if (!normalized) continue;
      const { expansions, matches } = lookUpWord(part, normalized, glossary);
      // What the vocabulary read a reading or an English word as comes first: it is what
      // records contain, and ranking compares names with the first alternative.
      if (matches.length) for (const e of expansions) alternatives.push(...e.forms);
      alternatives.push(normalized);
      typed.push(normalized);
      for (const e of expansions) {
        alternatives.push(...e.forms);
        near.push(...e.near);
        nearWords.push(...(e.nearWords ?? []));
        linked.push(...e.linked);
      }
      vocabulary.push(...matches);
    }
    if (!alternatives.length) continue;
    const kept = minimal([...new Set(alternatives)]);
    terms.push({
      alternatives: kept,
      // Near words that contain an alternative find nothing more.
      near: minimal([...new Set(near)]).filter((n) => !kept.some((a) => a === n || n.includes(a))),
      nearWords: [...new Set(nearWords)],
      linked: [...new Set(linked)],
      wholeWords: kept.filter((a) => /^[a-z0-9]{1,5}$/.test(a) && !typed.includes(a)),
      negated,
      exact: false,
      raw,
      vocabulary,
    });
  }
  return terms;
}

interface Token {
  raw: string;
  minus: '' | '-';
  /** A quoted phrase's text. */
  phrase?: string;
  /** A word's text, without a leading minus. */
  word?: string;
  /** For words that together are an English glossary phrase: its entries. */
  glossary?: GlossaryEntry[];
}

function tokens(input: string): Token[] {
  // A lone "-" is an exclusion still being typed: it finds nothing and leaves nothing out yet.
  const found = [...input.normalize('NFKC').matchAll(/(-?)"([^"]*)"?|(\S+)/g)].filter(
    ([, , , word]) => word !== '-',
  );
  return found.map(([raw, minus, phrase, word]) => {
    if (phrase !== undefined) return { raw, minus: minus === '-' ? '-' : '', phrase };
    const negated = word!.startsWith('-') && word!.length > 1;
    return { raw, minus: negated ? '-' : '', word: negated ? word!.slice(1) : word! };
  });
}

/** Consecutive Latin words that are one English glossary phrase become one token, longest first. */
function englishPhrases(list: Token[]): Token[] {
  const plain = (t: Token | undefined) =>
    t !== undefined && t.minus === '' && t.word !== undefined && /^[A-Za-z0-9&-]+$/.test(t.word);
  const out: Token[] = [];
  for (let i = 0; i < list.length; i++) {
    let merged = false;
    for (let j = Math.min(list.length - 1, i + 5); j > i && plain(list[i]); j--) {
      if (!list.slice(i, j + 1).every(plain)) continue;
      const words = list.slice(i, j + 1).map((t) => t.word!);
      const glossary = englishPhraseEntries(words);
      if (!glossary) continue;
      const raw = words.join(' ');
      out.push({ raw, minus: '', word: raw, glossary });
      i = j;
      merged = true;
      break;
    }
    if (!merged) out.push(list[i]!);
  }
  return out;
}

/**
 * Drops alternatives that contain another one: text with 補助金 also contains 補助, so searching
 * for both finds nothing more and scans the index twice. The first alternative (what the user
 * typed, or what the vocabulary read it as) stays first for ranking.
 */
function minimal(alternatives: string[]): string[] {
  return alternatives.filter(
    (a, i) => !alternatives.some((b, j) => j !== i && b.length < a.length && a.includes(b)),
  );
}
