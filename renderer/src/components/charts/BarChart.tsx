import { AxisBottom } from '@visx/axis';
import { scaleLinear } from '@visx/scale';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { BarGroup, BarRow } from './chart-model';
import { ChartPatterns, patternFill } from './ChartPatterns';
import { estimateEms, wrapLabel } from './text-measure';

const WIDTH = 760;
const FONT = 15;
const LINE = 18;
const GROUP_HEADING = 30;
const AXIS = 36;
const GAP = 10;
const UNKNOWN_BOX = 34;

interface Placed {
  row: BarRow;
  index: number;
  y: number;
  height: number;
  lines: string[];
}

interface Layout {
  labelWidth: number;
  plotWidth: number;
  x: ReturnType<typeof scaleLinear<number>>;
  placed: { group: BarGroup; y: number; heading: string[]; rows: Placed[] }[];
  height: number;
  count: number;
}

/** Where every row goes: label column from the longest label, value column from the longest value. */
function layoutChart(groups: BarGroup[]): Layout {
  const rows = groups.flatMap((g) => g.rows);
  const labelEms = Math.min(16, Math.max(4, ...rows.map((r) => estimateEms(r.label))));
  const labelWidth = labelEms * FONT + GAP;
  const valueEms = Math.min(15, Math.max(4, ...rows.map((r) => estimateEms(r.valueLabel))));
  const plotWidth = WIDTH - labelWidth - valueEms * (FONT - 1) - GAP;
  const max = Math.max(0, ...rows.map((r) => r.segments.reduce((sum, s) => sum + s.value, 0)));
  const x = scaleLinear<number>({ domain: [0, max || 1], range: [0, plotWidth], nice: true });
  let y = 0;
  let index = 0;
  const placed: Layout['placed'] = [];
  for (const group of groups) {
    const groupY = y;
    const heading = group.label === null ? [] : wrapLabel(group.label, WIDTH / 16.5);
    if (heading.length) y += GROUP_HEADING + (heading.length - 1) * LINE;
    const rowsPlaced: Placed[] = [];
    for (const row of group.rows) {
      const lines = wrapLabel(row.label, labelEms);
      const height = Math.max(28, lines.length * LINE + 10);
      rowsPlaced.push({ row, index: index++, y, height, lines });
      y += height;
    }
    y += 6;
    placed.push({ group, y: groupY, heading, rows: rowsPlaced });
  }
  return { labelWidth, plotWidth, x, placed, height: y + AXIS, count: index };
}

/**
 * Horizontal bars, one row per figure, grouped under headings. Plain SVG (prints as vector),
 * patterns and labels rather than colour alone, and a keyboard path: Tab reaches the chart, the
 * arrow keys (and Home / End) move between rows, each row is announced by its description, and
 * Enter follows a row's link where it has one. The figure around it carries the table view.
 */
export function BarChart({
  groups,
  label,
  axis,
}: {
  groups: BarGroup[];
  /** The chart's accessible name. */
  label: string;
  /** Tick numbers, the unit they count in (億円, ¥ million, 件), and at most how many ticks. */
  axis: { formatTick: (value: number) => string; unit: string; ticks?: number };
}) {
  const prefix = `chart${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);

  const layout = useMemo(() => layoutChart(groups), [groups]);

  const onKeyDown = (event: KeyboardEvent, row: Placed) => {
    const last = layout.count - 1;
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? Math.min(last, row.index + 1)
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? Math.max(0, row.index - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next !== null) {
      event.preventDefault();
      setActive(next);
      const svg = (event.currentTarget as SVGElement).ownerSVGElement;
      svg?.querySelector<SVGGElement>(`[data-row-index="${next}"]`)?.focus();
    } else if (event.key === 'Enter' && row.row.href) {
      event.preventDefault();
      navigate(row.row.href);
    }
  };

  const focusedRow =
    focused === null ? null : layout.placed.flatMap((g) => g.rows).find((r) => r.index === focused);

  return (
    <div className="bar-chart">
      <svg
        className="bar-chart-svg"
        viewBox={`0 0 ${WIDTH} ${layout.height}`}
        role="group"
        aria-label={label}
        width={WIDTH}
        height={layout.height}
      >
        <ChartPatterns prefix={prefix} />
        {layout.placed.map(({ group, y, heading, rows }) => (
          <g key={group.id} className="chart-group">
            {heading.length > 0 && (
              <text className="chart-group-label" x={0} y={y + 21} aria-hidden="true">
                {heading.map((line, i) => (
                  <tspan key={i} x={0} dy={i === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
            )}
            {rows.map((placed) => (
              <ChartRow
                key={placed.row.id}
                placed={placed}
                prefix={prefix}
                layout={layout}
                tabbable={placed.index === active}
                onFocus={() => {
                  setActive(placed.index);
                  setFocused(placed.index);
                }}
                onBlur={() => setFocused(null)}
                onKeyDown={(event) => onKeyDown(event, placed)}
                onClick={
                  placed.row.href
                    ? () => {
                        navigate(placed.row.href!);
                      }
                    : undefined
                }
              />
            ))}
          </g>
        ))}
        <AxisBottom
          scale={layout.x}
          top={layout.height - AXIS + 2}
          left={layout.labelWidth}
          numTicks={axis.ticks ?? 5}
          tickFormat={(value) => axis.formatTick(Number(value))}
          axisClassName="chart-axis"
          tickLabelProps={{ className: 'chart-tick-label', textAnchor: 'middle', fontSize: 12 }}
        />
        <text
          className="chart-axis-unit"
          x={layout.labelWidth - GAP}
          y={layout.height - AXIS + 16}
          textAnchor="end"
        >
          {axis.unit}
        </text>
      </svg>
      <p className="chart-detail" aria-hidden="true">
        {focusedRow ? focusedRow.row.description : '\u00a0'}
      </p>
    </div>
  );
}

function ChartRow({
  placed,
  prefix,
  layout,
  tabbable,
  onFocus,
  onBlur,
  onKeyDown,
  onClick,
}: {
  placed: Placed;
  prefix: string;
  layout: { labelWidth: number; plotWidth: number; x: (value: number) => number };
  tabbable: boolean;
  onFocus: () => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onClick?: () => void;
}) {
  const { row, y, height, lines, index } = placed;
  const barY = y + 6;
  const barHeight = height - 12;
  const middle = y + height / 2;
  let offset = 0;
  const bars = row.segments.map((segment, i) => {
    const width = Math.max(1.5, layout.x(segment.value));
    const at = offset;
    offset += width;
    return (
      <rect
        key={i}
        className={`chart-bar chart-bar-${segment.style}`}
        x={layout.labelWidth + at}
        y={barY}
        width={width}
        height={barHeight}
        fill={patternFill(prefix, segment.style)}
      />
    );
  });
  const unknown = row.segments.length === 0;
  const end = layout.labelWidth + (unknown ? UNKNOWN_BOX : offset);
  return (
    <g
      className={`chart-row${row.href ? ' chart-row-link' : ''}`}
      tabIndex={tabbable ? 0 : -1}
      role="img"
      aria-label={row.description}
      data-row-index={index}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <rect className="chart-row-focus" x={1} y={y + 1} width={WIDTH - 2} height={height - 2} rx={4} />
      <text className="chart-row-label" x={layout.labelWidth - GAP} y={middle} textAnchor="end">
        {lines.map((line, i) => (
          <tspan
            key={i}
            x={layout.labelWidth - GAP}
            dy={i === 0 ? -((lines.length - 1) * LINE) / 2 + 5 : LINE}
          >
            {line}
          </tspan>
        ))}
      </text>
      {unknown && row.placeholder === 'partOf' ? (
        <rect
          className="chart-bar chart-bar-partOf"
          x={layout.labelWidth}
          y={barY}
          width={UNKNOWN_BOX}
          height={barHeight}
          fill={patternFill(prefix, 'partOf')}
        />
      ) : unknown ? (
        <g className="chart-unknown">
          <rect x={layout.labelWidth} y={barY} width={UNKNOWN_BOX} height={barHeight} />
          <text x={layout.labelWidth + UNKNOWN_BOX / 2} y={middle + 5} textAnchor="middle">
            ?
          </text>
        </g>
      ) : (
        bars
      )}
      <text className="chart-value-label" x={end + 6} y={middle + 5}>
        {row.valueLabel}
      </text>
    </g>
  );
}
