/**
 * What a bar chart draws. Each style is drawn differently (fill pattern and outline, not colour
 * alone) and named in the legend, so a figure's nature survives a projector, a grey-scale print and
 * colour blindness:
 *   exact        solid                 approximate  dotted, dashed outline (程度)
 *   partOf       hatched (内数)         unknown      empty dashed box with "?" (never a zero bar)
 *   current      solid green           target       hatched green outline
 *   count        solid
 */
export type BarStyle = 'exact' | 'approximate' | 'partOf' | 'current' | 'target' | 'count';

export interface BarSegment {
  value: number;
  style: BarStyle;
}

export interface BarRow {
  id: string;
  label: string;
  /** Drawn end to end; [] for an unknown figure, which is drawn as unknown, not as zero. */
  segments: BarSegment[];
  /**
   * What an empty row shows instead of a bar: a dashed box with "?" (unknown, the default) or a
   * hatched box (only 内数 figures, which are never drawn as the row's own money).
   */
  placeholder?: 'unknown' | 'partOf';
  /** Printed after the bar: the figure as people read it ("約58億円（程度）"). */
  valueLabel: string;
  /** The row in one sentence, for screen readers and the detail line under the chart. */
  description: string;
  /** Where Enter (or a click) on the row leads, if anywhere. */
  href?: string;
}

export interface BarGroup {
  id: string;
  /** null: rows without a group heading. */
  label: string | null;
  rows: BarRow[];
}
