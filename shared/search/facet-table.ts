import { FACETS, type Facet } from './facets';

/** The facet table as plain data, to keep it in IndexedDB. */
export interface FacetTableSnapshot {
  values: string[][];
  starts: Int32Array[];
  codes: Int32Array[];
}

/**
 * Every record's facet values as small integer codes in flat typed arrays (compressed rows), so
 * filtering and counting 100,000 records on a keystroke allocates nothing.
 */
export class FacetTable {
  /** For each facet: code → value. */
  readonly values: string[][];
  private readonly codeOf: Map<string, number>[];
  private readonly totalCounts: (Int32Array | undefined)[] = [];
  /** Per facet: where each record's codes start (compressed rows), and the codes. */
  readonly starts: Int32Array[];
  readonly codes: Int32Array[];

  private constructor({ values, starts, codes }: FacetTableSnapshot) {
    this.values = values;
    this.starts = starts;
    this.codes = codes;
    this.codeOf = values.map((list) => new Map(list.map((value, code) => [value, code])));
  }

  static build(rows: Record<Facet, string[]>[]): FacetTable {
    const builder = new FacetTableBuilder();
    for (const row of rows) builder.add(row);
    return builder.finish();
  }

  static fromSnapshot(snapshot: FacetTableSnapshot): FacetTable {
    return new FacetTable(snapshot);
  }

  snapshot(): FacetTableSnapshot {
    return { values: this.values, starts: this.starts, codes: this.codes };
  }

  /** Whether any record has this value for facet f (a hand-edited URL may name one none has). */
  has(f: number, value: string): boolean {
    return this.codeOf[f]!.has(value);
  }

  /** Membership flags by code for the selected values of facet f (unknown values select nothing). */
  selection(f: number, selected: string[]): Uint8Array {
    const flags = new Uint8Array(this.values[f]!.length);
    for (const value of selected) {
      const code = this.codeOf[f]!.get(value);
      if (code !== undefined) flags[code] = 1;
    }
    return flags;
  }

  matches(f: number, record: number, flags: Uint8Array): boolean {
    const codes = this.codes[f]!;
    for (let i = this.starts[f]![record]!, end = this.starts[f]![record + 1]!; i < end; i++)
      if (flags[codes[i]!]) return true;
    return false;
  }

  /** Adds (or with by = -1 takes away) one record's values of facet f to `counts`. */
  countOne(f: number, record: number, counts: Int32Array, by = 1): void {
    const codes = this.codes[f]!;
    for (let i = this.starts[f]![record]!, end = this.starts[f]![record + 1]!; i < end; i++)
      counts[codes[i]!]! += by;
  }

  /** Every record's values of facet f counted, computed once. */
  totals(f: number): Int32Array {
    if (!this.totalCounts[f]) {
      const counts = this.newCounts(f);
      for (let record = 0; record + 1 < this.starts[f]!.length; record++) this.countOne(f, record, counts);
      this.totalCounts[f] = counts;
    }
    return this.totalCounts[f];
  }

  newCounts(f: number): Int32Array {
    return new Int32Array(this.values[f]!.length);
  }
}

/** Codes records' facet values as they are added, so no record's values have to be kept. */
export class FacetTableBuilder {
  private readonly values: string[][] = FACETS.map(() => []);
  private readonly codeOf: Map<string, number>[] = FACETS.map(() => new Map());
  private readonly starts: number[][] = FACETS.map(() => []);
  private readonly codes: number[][] = FACETS.map(() => []);

  add(row: Record<Facet, string[]>): void {
    FACETS.forEach((facet, f) => {
      const codes = this.codes[f]!;
      this.starts[f]!.push(codes.length);
      for (const value of row[facet]) {
        let code = this.codeOf[f]!.get(value);
        if (code === undefined) {
          code = this.values[f]!.length;
          this.values[f]!.push(value);
          this.codeOf[f]!.set(value, code);
        }
        codes.push(code);
      }
    });
  }

  finish(): FacetTable {
    return FacetTable.fromSnapshot({
      values: this.values,
      starts: this.starts.map((starts, f) => Int32Array.from([...starts, this.codes[f]!.length])),
      codes: this.codes.map((codes) => Int32Array.from(codes)),
    });
  }
}
