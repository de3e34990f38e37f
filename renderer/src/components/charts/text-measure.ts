/**
 * Label layout for SVG charts without measuring the DOM (which jsdom and print preview cannot
 * do): widths are estimated in ems, full-width (CJK) characters as 1, others as 0.56. Close
 * enough to leave room for every label; the table view and aria labels carry the full text.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f①-⑳]/u;

export function estimateEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.56;
  return ems;
}

/** Splits a label into at most `maxLines` lines of `maxEms`; the last is cut with … if needed. */
export function wrapLabel(text: string, maxEms: number, maxLines = 2): string[] {
  // Latin text breaks between words, Japanese between any two characters.
  const tokens = text.match(/[A-Za-z0-9,.'()&/-]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && estimateEms(line + token.trimEnd()) > maxEms) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && estimateEms(`${last}…`) > maxEms) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
