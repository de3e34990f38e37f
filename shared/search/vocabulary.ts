import { APPLICANT_TYPE_INFO } from '../vocabulary/applicant-types';
import { GLOSSARY, type GlossaryEntry } from '../vocabulary/glossary';
import { ORGANISATIONS, SEARCH_TERMS, type VocabularyOrigin } from '../vocabulary/search-vocabulary';
import { normalizeForSearch } from './normalize';

/** How the vocabulary read one typed word, for the line that tells the user what was searched. */
export interface VocabularyMatch {
  typed: string;
  /** The Japanese searched for. */
  ja: string;
  /** The English gloss, when the word was English. */
  en?: string;
  via: 'reading' | 'also' | 'english';
  /** "general" usage, or the seed file the entry rests on. */
  from: string;
  /** Programs found through the entry although their records do not name it. */
  linked?: number;
}

/** What one vocabulary entry adds to a query word. */
export interface Expansion {
  /** Normalised forms that count as the word itself. */
  forms: string[];
  /** Normalised related words, ranked lower. */
  near: string[];
  /** The related words as written, to tell the user what else was searched. */
  nearWords?: string[];
  /** Program ids linked to the entry. */
  linked: string[];
  ja: string;
  from: string;
}

const fromLabel = (from: VocabularyOrigin) => (from === 'general' ? 'general' : from.file);

const byForm = new Map<string, { expansion: Expansion; via: 'ja' | 'reading' | 'also' }[]>();
/** The forms a word typed halfway is completed to: readings (けいさ…) and Latin abbreviations (JS…). */
const prefixKeys: string[] = [];
/** A normalised Latin word: an abbreviation or an English word. */
const LATIN_WORD = /^[a-z0-9&-]+$/;
const HIRAGANA_WORD = /^[\u3041-\u309F]+$/u;

function add(key: string, expansion: Expansion, via: 'ja' | 'reading' | 'also') {
  const normalized = normalizeForSearch(key);
  if (!normalized) return;
  const list = byForm.get(normalized) ?? [];
  if (!list.some((e) => e.expansion === expansion)) list.push({ expansion, via });
  byForm.set(normalized, list);
  if (via === 'reading' || (via === 'also' && LATIN_WORD.test(normalized))) prefixKeys.push(normalized);
}

for (const entry of [...ORGANISATIONS, ...SEARCH_TERMS]) {
  const expansion: Expansion = {
    forms: unique([entry.ja, ...entry.also].map(normalizeForSearch)),
    near: unique(('near' in entry ? entry.near : []).map(normalizeForSearch)),
    nearWords: 'near' in entry ? entry.near : [],
    linked: 'programs' in entry ? (entry.programs ?? []).map((p) => p.id) : [],
    ja: entry.ja,
    from: fromLabel(entry.from),
  };
  add(entry.ja, expansion, 'ja');
  for (const form of entry.also) add(form, expansion, 'also');
  for (const reading of entry.readings) add(reading, expansion, 'reading');
}

// The applicant types' everyday words (issue 13's reviewed data): a word finds what its type is
// called (高専 → 高等専門学校, local government → 自治体). Not the other way: a type's words
// include 行政 and 市, which would widen a search for 自治体 to half the catalog.
const LATIN = /^[\x20-\x7e]+$/;
const applicantEnglish: GlossaryEntry[] = [];
for (const type of APPLICANT_TYPE_INFO) {
  for (const word of type.words.filter((w) => !LATIN.test(w)))
    add(
      word,
      {
        forms: unique([word, type.ja].map(normalizeForSearch)),
        near: [],
        linked: [],
        ja: type.ja,
        from: 'general',
      },
      'also',
    );
  for (const word of [type.en, ...type.words.filter((w) => LATIN.test(w))])
    applicantEnglish.push({ kind: 'term', ja: type.ja, en: word, origin: 'general' });
}
prefixKeys.sort();

/** English words of the glossary: "Ministry of the Environment (MOE)" → ministry, environment, moe. */
const ENGLISH_STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'in',
  'on',
  'to',
  'by',
  'with',
  'at',
]);
const englishWords = new Map<string, GlossaryEntry[]>();
const ENGLISH = [...GLOSSARY, ...applicantEnglish];
for (const entry of ENGLISH) {
  const text = entry.en.toLowerCase();
  const words = text.split(/[^a-z0-9&]+/).filter((w) => w && !ENGLISH_STOPWORDS.has(w));
  // Hyphenated words also as one: bio-manufacturing → biomanufacturing.
  const compounds = text.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g)?.map((w) => w.replace(/-/g, '')) ?? [];
  for (const word of new Set([...words, ...compounds])) {
    const list = englishWords.get(word) ?? [];
    if (!list.includes(entry)) list.push(entry);
    englishWords.set(word, list);
  }
}
const sortedEnglishWords = [...englishWords.keys()].sort();

/** Glossary English of two words or more, as phrases: "drug discovery", "ministry of the environment". */
const englishPhrases = new Map<string, GlossaryEntry[]>();
for (const entry of ENGLISH) {
  for (const variant of entry.en.split(/,\s*/)) {
    const phrase = englishPhrase(variant.replace(/\([^)]*\)/g, ' ').split(/\s+/));
    if (!phrase.includes(' ')) continue;
    const list = englishPhrases.get(phrase) ?? [];
    if (!list.includes(entry)) list.push(entry);
    englishPhrases.set(phrase, list);
  }
}

/**
 * Words as a phrase key: lower case, Latin letters and digits only, small words left out (so
 * "ministry of environment" finds "Ministry of the Environment"), one space between words.
 */
function englishPhrase(words: string[]): string {
  return words
    .map((w) => w.toLowerCase().replace(/[^a-z0-9&]+/g, ''))
    .filter((w) => w && !ENGLISH_STOPWORDS.has(w))
    .join(' ');
}

/** The glossary entries whose English is exactly these words, if any. */
export function englishPhraseEntries(words: string[]): GlossaryEntry[] | undefined {
  return englishPhrases.get(englishPhrase(words));
}

/**
 * At most this many entries are added for a word typed halfway (けい, uni, JS). From the second
 * letter: while a word is typed, a search that finds nothing at "uni" and 16 programs at "univ"
 * flashes 0 件 and its suggestions between keystrokes.
 */
const PREFIX_LIMIT = 8;
const PREFIX_MIN_LENGTH = 2;

export function isEnglishStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word.toLowerCase());
}

/**
 * The vocabulary's reading of one typed word (normalised): the entries it names by their
 * Japanese, another written form or a reading, else the glossary entries whose English it is.
 * A word typed halfway (two characters or more) matches the readings, abbreviations and English
 * words it begins.
 */
export function lookUpWord(
  typed: string,
  normalized: string,
  phraseEntries?: GlossaryEntry[],
): { expansions: Expansion[]; matches: VocabularyMatch[] } {
  const expansions: Expansion[] = [];
  const matches: VocabularyMatch[] = [];
  const take = (
    expansion: Expansion,
    match: Omit<VocabularyMatch, 'typed' | 'from' | 'ja' | 'linked'> | null,
  ) => {
    if (!expansions.includes(expansion)) expansions.push(expansion);
    if (match && !matches.some((m) => m.ja === expansion.ja)) {
      matches.push({
        typed,
        ja: expansion.ja,
        from: expansion.from,
        ...match,
        ...(expansion.linked.length ? { linked: expansion.linked.length } : {}),
      });
    }
  };
  for (const { expansion, via } of byForm.get(normalized) ?? [])
    take(expansion, via === 'ja' ? null : { via });
  if (
    expansions.length === 0 &&
    (HIRAGANA_WORD.test(normalized) || LATIN_WORD.test(normalized)) &&
    normalized.length >= PREFIX_MIN_LENGTH
  ) {
    for (const key of withPrefix(prefixKeys, normalized))
      for (const { expansion, via } of byForm.get(key) ?? [])
        take(expansion, { via: via === 'also' ? 'also' : 'reading' });
  }
  if (phraseEntries || LATIN_WORD.test(normalized)) {
    for (const entry of phraseEntries ?? englishEntries(normalized)) {
      const known = byForm.get(normalizeForSearch(entry.ja));
      const glossExpansion: Expansion = known?.[0]?.expansion ?? {
        forms: [normalizeForSearch(entry.ja)],
        near: [],
        linked: [],
        ja: entry.ja,
        from: entry.origin,
      };
      // A Latin abbreviation that is also an entry's own form (JST, NEDO) is read once, as that.
      if (matches.some((m) => m.ja === glossExpansion.ja) || glossExpansion.forms.includes(normalized)) {
        take(glossExpansion, null);
        continue;
      }
      take(glossExpansion, { via: 'english', en: entry.en });
    }
  }
  return { expansions, matches };
}

function englishEntries(word: string): GlossaryEntry[] {
  // The word as typed and its singular: "universities" is a word of some glosses, "university" of others.
  const exact = [
    ...new Set([...(englishWords.get(word) ?? []), ...(englishWords.get(singular(word)) ?? [])]),
  ];
  if (exact.length) return exact;
  if (word.length < PREFIX_MIN_LENGTH) return [];
  const found: GlossaryEntry[] = [];
  for (const key of withPrefix(sortedEnglishWords, word))
    for (const entry of englishWords.get(key)!) if (!found.includes(entry)) found.push(entry);
  return found.slice(0, PREFIX_LIMIT);
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ses') || word.endsWith('xes')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Keys of a sorted list that begin with `prefix`, at most PREFIX_LIMIT. */
function withPrefix(sorted: string[], prefix: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix) && found.length < PREFIX_LIMIT; i++)
    found.push(sorted[i]!);
  return found;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/**
 * Every normalised word a query can be expanded with (each entry's forms and near words): the
 * words worth finding ahead, before anybody types them.
 */
export function expansionWords(): string[] {
  const words = new Set<string>();
  for (const list of byForm.values())
    for (const { expansion } of list)
      for (const word of [...expansion.forms, ...expansion.near]) words.add(word);
  return [...words];
}

/** Every word the vocabulary knows, normalised, for suggestions after a search that found nothing. */
export function vocabularyWords(): { normalized: string; display: string }[] {
  const words = new Map<string, string>();
  for (const entry of [...ORGANISATIONS, ...SEARCH_TERMS])
    for (const form of [entry.ja, ...entry.also, ...('near' in entry ? entry.near : [])])
      words.set(normalizeForSearch(form), form);
  for (const entry of GLOSSARY) {
    words.set(normalizeForSearch(entry.ja), entry.ja);
    for (const word of entry.en.toLowerCase().split(/[^a-z0-9]+/))
      if (word.length >= 3 && !ENGLISH_STOPWORDS.has(word)) words.set(word, word);
  }
  return [...words].map(([normalized, display]) => ({ normalized, display }));
}
