import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

export interface LegendItem {
  style: string;
  label: string;
}

/**
 * The frame of every chart: a title, a sentence saying what the chart shows (its text
 * alternative, visible to everyone), a switch between the chart and the same figures as a table,
 * and a legend that names each pattern in words.
 */
export function ChartFigure({
  title,
  summary,
  chart,
  table,
  legend,
  note,
  headingLevel = 2,
}: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  legend: LegendItem[];
  note?: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <div className="chart-head">
        <Heading id={`${id}-title`} className="chart-title">
          {title}
        </Heading>
        <div className="chart-view-switch no-print" role="group" aria-label={t('chart.view')}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {t('chart.view.chart')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('chart.view.table')}
          </button>
        </div>
      </div>
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      {view === 'chart' ? (
        <>
          {chart}
          {legend.length > 0 && (
            <ul className="chart-legend" aria-label={t('chart.legend')}>
              {legend.map((item) => (
                <li key={item.style}>
                  <svg className="chart-swatch" viewBox="0 0 20 14" width={20} height={14} aria-hidden="true">
                    <LegendSwatch style={item.style} />
                  </svg>
                  {item.label}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <div className="chart-table">{table}</div>
      )}
      {note && <p className="chart-note">{note}</p>}
    </figure>
  );
}

/** Swatches repeat the chart's patterns in plain SVG, so the legend does not load the chart code. */
function LegendSwatch({ style }: { style: string }) {
  if (style === 'unknown')
    return (
      <g className="chart-unknown">
        <rect x={1} y={1} width={18} height={12} />
      </g>
    );
  return (
    <>
      <rect className={`chart-swatch-${style}`} x={1} y={1} width={18} height={12} />
      {style === 'partOf' && <path className="chart-swatch-hatch-partOf" d="M1 13 L13 1 M7 13 L19 1" />}
      {style === 'target' && <path className="chart-swatch-hatch-target" d="M1 1 L13 13 M7 1 L19 13" />}
      {style === 'approximate' && (
        <g className="chart-swatch-dots">
          <circle cx={5} cy={5} r={1.4} />
          <circle cx={11} cy={5} r={1.4} />
          <circle cx={17} cy={5} r={1.4} />
          <circle cx={8} cy={10} r={1.4} />
          <circle cx={14} cy={10} r={1.4} />
        </g>
      )}
    </>
  );
}
