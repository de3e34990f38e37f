import { distance } from 'fastest-levenshtein';

/**
 * The known name a mistyped one was probably meant to be: the closest by edit distance when it
 * is close for its length (文部科学省X → 文部科学省), or the only known name that contains it or
 * that it contains (文部科学 → 文部科学省). Width and case are folded first (ＡＭＥＤ → AMED).
 */
export function didYouMean(value: string, known: Iterable<string>): string | null {
  const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const target = fold(value);
  if (!target) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  const containing: string[] = [];
  for (const name of known) {
    const folded = fold(name);
    if (folded === target) return name;
    if (folded.includes(target) || target.includes(folded)) containing.push(name);
    const d = distance(folded, target);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  if (best !== null && bestDistance <= Math.max(1, Math.floor(target.length / 3))) return best;
  return containing.length === 1 ? containing[0]! : null;
}
