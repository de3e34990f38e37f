/** What every export format writes: a header row and rows of text cells. */
export interface ExportTable {
  /** Rows above the header, e.g. what a catalog says about itself; the header stays the frozen, filtered row. */
  preamble?: string[][];
  header: string[];
  rows: string[][];
  /** .xlsx only: a second sheet of plain text rows after the table, e.g. instructions for whoever edits it. */
  notesSheet?: { name: string; rows: string[][] };
}
