/** What every export format writes: a header row and rows of text cells. */
export interface ExportTable {
  /** Rows above the header, e.g. what a catalog says about itself; the header stays the frozen, filtered row. */
  preamble?: string[][];
  header: string[];
  rows: string[][];
  /**
   * What each column holds, for formats that have types (Excel). 'yen': a cell of digits is an
   * amount in yen; 'date': a YYYY-MM-DD cell is a calendar day. Any other cell stays text, so
   * 要確認 in an amount column is never read as zero. CSV writes the same digits and ISO dates.
   */
  columnTypes?: ColumnType[];
  /** .xlsx only: a second sheet of plain text rows after the table, e.g. instructions for whoever edits it. */
  notesSheet?: { name: string; rows: string[][] };
}

export type ColumnType = 'text' | 'yen' | 'date';
