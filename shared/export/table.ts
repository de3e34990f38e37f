/** What every export format writes: a header row and rows of text cells. */
export interface ExportTable {
  /** Rows above the header, e.g. what a catalog says about itself; the header stays the frozen, filtered row. */
  preamble?: string[][];
  header: string[];
  rows: string[][];
}
