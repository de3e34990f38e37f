import { PatternCircles, PatternLines } from '@visx/pattern';

/**
 * The fill patterns every chart refers to by id. Drawn once per chart so that a chart printed or
 * copied alone still has them; ids are prefixed per chart so two charts on a page never clash.
 */
export function ChartPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <PatternCircles
        id={`${prefix}-approximate`}
        width={6}
        height={6}
        radius={1.4}
        fill="#0b4f9c"
        background="#dce8f7"
        complement
      />
      <PatternLines
        id={`${prefix}-partOf`}
        width={7}
        height={7}
        stroke="#8a4b00"
        strokeWidth={1.6}
        orientation={['diagonal']}
        background="#fff1dc"
      />
      <PatternLines
        id={`${prefix}-target`}
        width={7}
        height={7}
        stroke="#00654f"
        strokeWidth={1.4}
        orientation={['diagonalRightToLeft']}
        background="#ffffff"
      />
    </defs>
  );
}

/** The fill for a style: a pattern where the style has one, else the stylesheet decides. */
export function patternFill(prefix: string, style: string): string | undefined {
  return style === 'approximate' || style === 'partOf' || style === 'target'
    ? `url(#${prefix}-${style})`
    : undefined;
}
