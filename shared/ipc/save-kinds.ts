/**
 * What the app saves, and the only extensions each may be saved with (the first is the default).
 * The main process builds the save dialog's filters from this and writes no other extension.
 */
export const SAVE_KINDS = {
  /** A list or a search result as a table. */
  table: ['csv', 'xlsx'],
  /** Lists passed to a colleague. */
  listFile: ['json'],
  catalogPack: ['json'],
  /** The catalog's programs for editing in Excel. */
  catalogTable: ['xlsx', 'csv'],
  /** The A4 handout, printed to PDF. */
  handout: ['pdf'],
  /** A list's deadlines for the user's calendar (iCalendar). */
  calendar: ['ics'],
  /** All of the user's data, to keep or to restore (shared/user-data/). */
  userData: ['json'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type SaveKind = keyof typeof SAVE_KINDS;
export const SAVE_KIND_NAMES = Object.keys(SAVE_KINDS) as [SaveKind, ...SaveKind[]];

/** How the save dialog names each extension: the format's own name, the same in every language. */
export const FORMAT_NAMES: Record<string, string> = {
  csv: 'CSV',
  xlsx: 'Excel',
  json: 'JSON',
  pdf: 'PDF',
  ics: 'iCalendar',
};
