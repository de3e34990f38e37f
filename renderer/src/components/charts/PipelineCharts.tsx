import { listPipeline, type StatusCount } from '../../../../shared/charts/pipeline';
import { formatMonth, todayIso } from '../../../../shared/format/dates';
import type { EntryFields } from '../../../../shared/shortlist/shortlist';
import { useI18n, type Translate } from '../../i18n/i18n';
import { BarChart } from './BarChart';
import type { BarGroup } from './chart-model';
import { ChartFigure } from './ChartFigure';

const COUNT = { ja: new Intl.NumberFormat('ja-JP'), en: new Intl.NumberFormat('en-US') };

const breakdown = (counts: StatusCount[], t: Translate) =>
  counts
    .filter((c) => c.count > 0)
    .map((c) => `${t(`shortlist.status.${c.status}`)} ${c.count}`)
    .join(' · ');

/** A list's programs by status (検討中 → 応募予定 → 申請済 → 採択 / 見送り) and by deadline month. */
export default function PipelineCharts({ entries }: { entries: Pick<EntryFields, 'status' | 'deadline'>[] }) {
  const { t, tn, locale } = useI18n();
  if (entries.length === 0) return null;
  const pipeline = listPipeline(entries, todayIso());
  const axis = {
    formatTick: (value: number) => (Number.isInteger(value) ? COUNT[locale].format(value) : ''),
    unit: t('pipeline.unit'),
    // Counts are whole numbers: no tick between 0 and 1.
    ticks: Math.max(1, Math.min(5, entries.length)),
  };
  const count = (n: number) => t('pipeline.count', { count: n });
  const statusGroups: BarGroup[] = [
    {
      id: 'status',
      label: null,
      rows: pipeline.byStatus.map(({ status, count: n }) => ({
        id: status,
        label: t(`shortlist.status.${status}`),
        segments: [{ value: n, style: 'count' as const }],
        valueLabel: count(n),
        description: `${t(`shortlist.status.${status}`)}: ${count(n)}`,
      })),
    },
  ];
  const monthGroups: BarGroup[] = [
    {
      id: 'months',
      label: null,
      rows: [
        ...pipeline.byMonth.map((month) => {
          const [year, monthNumber] = month.month.split('-').map(Number) as [number, number];
          const label = formatMonth(year, monthNumber - 1, locale);
          const detail = breakdown(month.byStatus, t);
          const value =
            locale === 'ja' ? `${count(month.count)}（${detail}）` : `${count(month.count)} (${detail})`;
          return {
            id: month.month,
            label,
            segments: [{ value: month.count, style: 'count' as const }],
            valueLabel: value,
            description: `${label}: ${value}`,
            href: `/calendar?month=${month.month}`,
          };
        }),
        ...(pipeline.withoutDeadline > 0
          ? [
              {
                id: 'none',
                label: t('pipeline.noDeadline'),
                segments: [{ value: pipeline.withoutDeadline, style: 'count' as const }],
                valueLabel: count(pipeline.withoutDeadline),
                description: `${t('pipeline.noDeadline')}: ${count(pipeline.withoutDeadline)}`,
              },
            ]
          : []),
      ],
    },
  ];
  return (
    <section aria-labelledby="pipeline-heading" className="pipeline">
      <h2 id="pipeline-heading">{t('pipeline.heading')}</h2>
      <div className="pipeline-charts">
        <ChartFigure
          headingLevel={3}
          title={t('pipeline.byStatus')}
          summary={tn('pipeline.byStatus.summary', entries.length, {
            breakdown: breakdown(pipeline.byStatus, t),
          })}
          legend={[]}
          chart={<BarChart groups={statusGroups} label={t('pipeline.byStatus')} axis={axis} />}
          table={<CountTable groups={statusGroups} />}
        />
        <ChartFigure
          headingLevel={3}
          title={t('pipeline.byDeadline')}
          summary={[
            tn('pipeline.byDeadline.summary', pipeline.byMonth.length, {
              without: pipeline.withoutDeadline,
            }),
            pipeline.overdue
              ? tn('pipeline.overdue', pipeline.overdue, {
                  considering: t('shortlist.status.considering'),
                  planned: t('shortlist.status.planned'),
                })
              : '',
          ]
            .filter(Boolean)
            .join(' ')}
          legend={[]}
          chart={<BarChart groups={monthGroups} label={t('pipeline.byDeadline')} axis={axis} />}
          table={<CountTable groups={monthGroups} />}
        />
      </div>
    </section>
  );
}

function CountTable({ groups }: { groups: BarGroup[] }) {
  return (
    <table>
      <tbody>
        {groups
          .flatMap((g) => g.rows)
          .map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>{row.valueLabel}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
