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
  /[\s\u30FC\u2010-\u2015\u2212\uFF70・･「」『』【】〔〕［］｛｝〈〉《》()[\]{}"'“”‘’、。，．,.]/u;

/** DROPPED as a table by UTF-16 code unit: indexing 25 million characters one regex match at a time was slow. */
const DROP = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) if (DROPPED.test(String.fromCharCode(unit))) DROP[unit] = 1;
let buffer = new Uint16Array(4096);

export function normalizeForSearch(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  if (folded.length > buffer.length) buffer = new Uint16Array(folded.length);
  let length = 0;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (DROP[unit]) continue;
    // Katakana ァ..ヶ to hiragana ぁ..ゖ: the same order, 0x60 apart.
    buffer[length++] = unit >= 0x30a1 && unit <= 0x30f6 ? unit - 0x60 : unit;
  }
  let normalized = '';
  // apply, not spread: spreading a typed array walks an iterator, several times slower.
  for (let i = 0; i < length; i += 8192)
    normalized += String.fromCharCode.apply(
      null,
      buffer.subarray(i, Math.min(length, i + 8192)) as unknown as number[],
    );
  return normalized;
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
