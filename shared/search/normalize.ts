/**
 * Search normalisation, applied to indexed text and to queries alike, so that what a user types
 * (half-width kana from an old spreadsheet, hiragana, mixed case, a missing long-vowel mark)
 * meets what the documents print. Never used to change catalog data.
 *
 * - NFKC: ｶﾞ → ガ, Ａ → a-range, ① stays ①
 * - case folded
 * - katakana folded into hiragana (バイオ → ばいお)
 * - long-vowel marks and middle dots dropped (サーバー ≈ サーバ, バイオマス・プラ ≈ バイオマスプラ)
 * - brackets, quotes and whitespace dropped: Japanese has no word spaces, so neither does the index
 *
 * Deliberately not done: folding voiced kana (が ≠ か), which Fuse's ignoreDiacritics would do.
 */
const DROPPED =
  /[\s\u30FC\u2010-\u2015\u2212\uFF70・･「」『』【】〔〕［］｛｝〈〉《》()[\]{}"'“”‘’、。，．,.]/gu;

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(DROPPED, '');
}

/**
 * The normalised text plus, for each of its characters, the index of the original character it
 * came from: highlighting finds matches in normalised text and marks them in the original.
 */
export function normalizeWithOffsets(text: string): { normalized: string; offsets: number[] } {
  let normalized = '';
  const offsets: number[] = [];
  const chars = [...text];
  let index = 0;
  for (let i = 0; i < chars.length; i++) {
    // A half-width sound mark belongs to the character before it: ｶ + ﾞ normalise together to ガ.
    const next = chars[i + 1];
    const unit = next && /[\uFF9E\uFF9F]/.test(next) ? chars[i]! + chars[++i]! : chars[i]!;
    for (const piece of normalizeUnit(unit)) {
      normalized += piece;
      offsets.push(index);
    }
    index += unit.length;
  }
  return { normalized, offsets };
}

/** Highlighting normalises character by character; the alphabet is small, so each is done once. */
const unitCache = new Map<string, string>();
function normalizeUnit(unit: string): string {
  let normalized = unitCache.get(unit);
  if (normalized === undefined) {
    normalized = normalizeForSearch(unit);
    if (unitCache.size < 20_000) unitCache.set(unit, normalized);
  }
  return normalized;
}
