/**
 * A cell a spreadsheet would run as a formula: it starts with =, +, -, @, a tab or a CR, in ASCII or
 * in full width (Japanese Excel takes ＝ ＋ － ＠ for their ASCII forms), also after leading
 * half- or full-width spaces, which Excel skips before deciding. Writers prefix such a cell with an
 * apostrophe so it stays text. Only the start is looked at: Papa Parse's default pattern ends in
 * `.*$` without the s flag, so "=cmd\nx" slipped through it.
 */
export const FORMULA_START = /^[ \u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
