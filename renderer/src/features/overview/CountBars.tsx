import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';

export interface CountBar {
  key: string;
  label: string;
  count: number;
  /** Where the bar's name leads: the program list filtered to these programs. */
  to: string;
  /** The label is a catalog name as printed (not glossed). */
  printed?: boolean;
  /** The count of programs whose documents do not say: drawn apart from the real categories. */
  unstated?: boolean;
}

/**
 * Counts as a table with a bar beside each number: a screen reader reads the table, everyone else
 * sees the bars. Bars are SVG rects (no inline style under the CSP) and print as vectors.
 */
export function CountBars({
  id,
  caption,
  labelHeader,
  bars,
}: {
  id: string;
  caption: string;
  labelHeader: string;
  bars: CountBar[];
}) {
  const { t, formatCount } = useI18n();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <table className="count-bars" aria-labelledby={`${id}-caption`}>
      <caption id={`${id}-caption`}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="number">
            {t('overview.countColumn')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key} className={bar.unstated ? 'unstated' : undefined}>
            <th scope="row">
              <Link to={bar.to} lang={bar.printed ? 'ja' : undefined}>
                {bar.label}
              </Link>
            </th>
            <td className="count-cell">
              <span className="count-cell-inner">
                <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                  <rect className="bar-track" width="100" height="10" />
                  <rect className="bar-fill" width={(bar.count / max) * 100} height="10" />
                </svg>
                <span className="bar-value">{formatCount(bar.count)}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
