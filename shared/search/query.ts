import { normalizeForSearch } from './normalize';
import synonymGroups from './synonyms.json' with { type: 'json' };

/** One query term: any of `alternatives` must occur (or be absent, if negated). */
export interface QueryTerm {
  alternatives: string[];
  negated: boolean;
  /** Quoted: exact phrase, no synonyms, no typo tolerance. */
  exact: boolean;
  /** As typed, for messages and suggestions. */
  raw: string;
}

const SYNONYMS: Map<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of synonymGroups) {
    const normalized = [...new Set(group.map(normalizeForSearch))];
    for (const word of normalized) map.set(word, [...new Set([...(map.get(word) ?? []), ...normalized])]);
  }
  return map;
})();

/**
 * Query syntax users know: words separated by spaces must all match; `a|b` either; `-word`
 * excludes; "a phrase" is matched exactly. Words are expanded with their synonyms.
 */
export function parseQuery(input: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of input.normalize('NFKC').matchAll(pattern)) {
    const [raw, minus, phrase, word] = match;
    if (phrase !== undefined) {
      const alternative = normalizeForSearch(phrase);
      if (alternative) terms.push({ alternatives: [alternative], negated: minus === '-', exact: true, raw });
      continue;
    }
    const negated = word!.startsWith('-') && word!.length > 1;
    const body = negated ? word!.slice(1) : word!;
    const alternatives = body
      .split('|')
      .map(normalizeForSearch)
      .filter(Boolean)
      .flatMap((alternative) => SYNONYMS.get(alternative) ?? [alternative]);
    if (alternatives.length)
      terms.push({ alternatives: minimal([...new Set(alternatives)]), negated, exact: false, raw });
  }
  return terms;
}

/**
 * Drops alternatives that contain another one: text with 補助金 also contains 補助, so searching
 * for both finds nothing more and scans the index twice. The first alternative (what the user
 * typed, or the group's head) stays first for ranking.
 */
function minimal(alternatives: string[]): string[] {
  return alternatives.filter(
    (a, i) => !alternatives.some((b, j) => j !== i && b.length < a.length && a.includes(b)),
  );
}
