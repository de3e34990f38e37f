import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Program } from '../../../../shared/catalog/program';
import { highlight, type Segment } from '../../../../shared/search/highlight';
import type { QueryTerm } from '../../../../shared/search/query';
import { useI18n } from '../../i18n/i18n';
import { AddToShortlist } from '../shortlists/AddToShortlist';
import { ApplicantBadges } from './ApplicantBadges';
import { Highlighted } from './Highlighted';
import { HeadlineBudget } from '../../components/HeadlineBudget';
import { statusLabel } from '../../components/program-display';

interface Props {
  rows: Program[];
  /** How many programs the search found in all (the rows are the first of them). */
  total: number;
  terms: QueryTerm[];
  /** Show where a match is when the name itself has none. */
  showSnippets: boolean;
  favourites: Set<string> | undefined;
}

/** A row's height before it is measured: a name on one line, badges, the add button. */
const ROW_ESTIMATE = 76;
/** Rows drawn beyond each edge of the window, so the next Tab or a short scroll finds one. */
const OVERSCAN = 4;

/**
 * The rows of a search, drawn in a window: only those on screen and a few either side are in the
 * page, so a keystroke lays out a dozen rows, never the whole page of results. The table still
 * says how many rows there are and where each one is (aria-rowcount, aria-rowindex), and a row
 * scrolled to (by Tab as well) is drawn before it is reached. Memoised, with memoised rows: a
 * keystroke re-renders the search box and the URL, and the rows only when the reply changes.
 */
export const ProgramResultsTable = memo(function ProgramResultsTable({
  rows,
  total,
  terms,
  showSnippets,
  favourites,
}: Props) {
  const { t } = useI18n();
  const body = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  // Where the rows start on the page: the window's scroll position is measured from there.
  useLayoutEffect(() => {
    const measure = () => setOffset((body.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0]!.start - offset : 0;
  const after = items.length ? virtualizer.getTotalSize() - (items.at(-1)!.end - offset) : 0;
  return (
    <table className="program-table" aria-rowcount={total + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">{t('list.column.name')}</th>
          <th scope="col">{t('list.column.ministry')}</th>
          <th scope="col">{t('list.column.budget')}</th>
          <th scope="col">{t('list.column.applicants')}</th>
          <th scope="col">{t('detail.status')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {before > 0 && <SpacerRow height={before} />}
        {items.map((item) => {
          const program = rows[item.index]!;
          return (
            <ProgramRow
              key={item.key}
              index={item.index}
              measure={virtualizer.measureElement}
              program={program}
              terms={terms}
              showSnippets={showSnippets}
              favourite={favourites?.has(program.id) ?? false}
            />
          );
        })}
        {after > 0 && <SpacerRow height={after} />}
      </tbody>
    </table>
  );
});

/** Stands in for the rows outside the window, so the page scrolls as if they were there. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr className="spacer-row" aria-hidden="true" style={{ height }}>
      <td colSpan={5} />
    </tr>
  );
}

const ProgramRow = memo(function ProgramRow({
  index,
  measure,
  program,
  terms,
  showSnippets,
  favourite,
}: {
  index: number;
  measure: (row: HTMLTableRowElement | null) => void;
  program: Program;
  terms: QueryTerm[];
  showSnippets: boolean;
  favourite: boolean;
}) {
  const { t } = useI18n();
  const nameSegments = highlight(program.name, terms);
  const snippet = showSnippets && !nameSegments.some((s) => s.hit) ? matchSnippet(program, terms) : null;
  return (
    <tr data-program-id={program.id} data-index={index} aria-rowindex={index + 2} ref={measure}>
      <th scope="row">
        <Link to={`/programs/${program.id}`}>
          <Highlighted segments={nameSegments} />
        </Link>
        {favourite && (
          <span className="favourite-mark" role="img" aria-label={t('list.favourite')}>
            ★
          </span>
        )}
        {snippet && (
          <small className="snippet" aria-label={t('search.snippet')}>
            <Highlighted segments={snippet} />
          </small>
        )}
        <AddToShortlist program={program} compact />
      </th>
      <td>
        {program.ministries.length ? (
          program.ministries.join('・')
        ) : (
          <span className="unknown">{t('value.unknown')}</span>
        )}
      </td>
      <td>
        <HeadlineBudget program={program} />
      </td>
      <td>
        <ApplicantBadges program={program} />
      </td>
      <td className={`status status-${program.status.value}`}>{statusLabel(program, t)}</td>
    </tr>
  );
});

/** The part of an alias, organisation or summary that matched, when the name itself did not. */
function matchSnippet(program: Program, terms: QueryTerm[]): Segment[] | null {
  for (const text of [
    ...program.aliases,
    program.department ?? '',
    ...program.ministries,
    program.summary ?? '',
    ...program.notes,
  ]) {
    const segments = highlight(text, terms);
    const first = segments.findIndex((s) => s.hit);
    if (first < 0) continue;
    // Keep about 30 characters either side of the first match.
    const before = segments
      .slice(0, first)
      .map((s) => s.text)
      .join('');
    const lead =
      before.length > 30
        ? [{ text: `…${before.slice(-30)}`, hit: false }]
        : before
          ? [{ text: before, hit: false }]
          : [];
    const rest = segments.slice(first);
    let length = 0;
    const tail = rest.filter((s) => (length += s.text.length) < 90 || s.hit);
    return [...lead, ...tail];
  }
  return null;
}
