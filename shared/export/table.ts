/** What every export format writes: a header row and rows of text cells. */
export interface ExportTable {
  header: string[];
  rows: string[][];
}
