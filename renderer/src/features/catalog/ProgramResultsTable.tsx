import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Program } from '../../../../shared/catalog/program';
import { highlight, type Segment } from '../../../../shared/search/highlight';
import type { QueryTerm } from '../../../../shared/search/query';
import { useI18n } from '../../i18n/i18n';
import { AddToShortlist } from '../shortlists/AddToShortlist';
import { ApplicantBadges } from './ApplicantBadges';
import { Highlighted } from './Highlighted';
import { HeadlineBudget } from '../../components/HeadlineBudget';
import { fiscalYearText, glossList } from '../../components/program-display';
import type { ListView } from './list-view';

interface Props {
  rows: Program[];
  /** How many programs the search found in all (the rows are the first of them). */
  total: number;
  terms: QueryTerm[];
  /** Show where a match is when the name itself has none. */
  showSnippets: boolean;
  favourites: Set<string> | undefined;
  /** A table (comfortable or compact rows) or cards. */
  view?: ListView;
}

/** A row's height before it is measured: a name on one line, badges, the add button. */
const ROW_ESTIMATE = 76;
/** Rows drawn beyond each edge of the window, so the next Tab or a short scroll finds one. */
const OVERSCAN = 4;
/**
 * While the focus is in the list, more: Tab held down (or a slow machine drawing late) moved the
 * focus past the rows drawn ahead and out of the list. Only then: while typing in the search box
 * every row drawn is layout a keystroke waits for.
 */
const OVERSCAN_FOCUSED = 12;

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
  view = 'table',
}: Props) {
  if (view === 'cards') {
    return <ProgramCards rows={rows} terms={terms} showSnippets={showSnippets} favourites={favourites} />;
  }
  return (
    <ProgramTable
      rows={rows}
      total={total}
      terms={terms}
      showSnippets={showSnippets}
      favourites={favourites}
      view={view}
    />
  );
});

/** The table view: rows drawn in a window (see above). */
function ProgramTable({ rows, total, terms, showSnippets, favourites, view }: Props) {
  const { t } = useI18n();
  const body = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  const [focusInside, setFocusInside] = useState(false);
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
    overscan: focusInside ? OVERSCAN_FOCUSED : OVERSCAN,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0]!.start - offset : 0;
  const after = items.length ? virtualizer.getTotalSize() - (items.at(-1)!.end - offset) : 0;
  return (
    <table
      className={`program-table${view === 'compact' ? ' density-compact' : ''}`}
      aria-rowcount={total + 1}
      onFocus={() => setFocusInside(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocusInside(false);
      }}
    >
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
}

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
  const { t, locale } = useI18n();
  return (
    <tr data-program-id={program.id} data-index={index} aria-rowindex={index + 2} ref={measure}>
      <th scope="row">
        <ProgramName program={program} terms={terms} showSnippets={showSnippets} favourite={favourite} />
        <AddToShortlist program={program} compact />
      </th>
      <td>
        {program.ministries.length ? (
          glossList('ministry', program.ministries, locale, { short: true })
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
      <td className={`status status-${program.status.value}`}>
        <ProgramStatus program={program} />
      </td>
    </tr>
  );
});

/** The cards view: a page of cards, drawn a slice per frame. */
function ProgramCards({
  rows,
  terms,
  showSnippets,
  favourites,
}: Pick<Props, 'rows' | 'terms' | 'showSnippets' | 'favourites'>) {
  const drawn = useDrawnInSlices(rows);
  return (
    <ul className="program-cards">
      {rows.slice(0, drawn).map((program) => (
        <ProgramCard
          key={program.id}
          program={program}
          terms={terms}
          showSnippets={showSnippets}
          favourite={favourites?.has(program.id) ?? false}
        />
      ))}
    </ul>
  );
}

/** Cards drawn per frame: a new page never holds the UI thread for longer than a frame. */
const ROWS_PER_FRAME = 12;

/**
 * How many of `rows` to draw now. A new page starts with one slice and grows a slice per frame,
 * so laying out 50 new cards never holds the UI thread for longer than a frame.
 */
function useDrawnInSlices(rows: Program[]): number {
  const [drawn, setDrawn] = useState({ rows, count: ROWS_PER_FRAME });
  const count = drawn.rows === rows ? drawn.count : ROWS_PER_FRAME;
  useEffect(() => {
    if (count >= rows.length) return;
    const frame = requestAnimationFrame(() =>
      startTransition(() => setDrawn({ rows, count: count + ROWS_PER_FRAME })),
    );
    return () => cancelAnimationFrame(frame);
  }, [rows, count]);
  return Math.min(count, rows.length);
}

/** What a row's name cell and a card both draw a program's name from. */
interface ProgramNameProps {
  program: Program;
  terms: QueryTerm[];
  showSnippets: boolean;
  favourite: boolean;
}

/** The same program as a card: for browsing on a wide screen or a projector. */
const ProgramCard = memo(function ProgramCard({ program, terms, showSnippets, favourite }: ProgramNameProps) {
  const { t, locale } = useI18n();
  return (
    <li className="program-card" data-program-id={program.id}>
      <h2 className="program-card-name">
        <ProgramName program={program} terms={terms} showSnippets={showSnippets} favourite={favourite} />
      </h2>
      <p className="card-meta">
        {program.ministries.length
          ? glossList('ministry', program.ministries, locale, { short: true })
          : t('value.unknown')}
        {' · '}
        <span className={`status status-${program.status.value}`}>
          <ProgramStatus program={program} />
        </span>
      </p>
      <dl className="program-card-facts">
        <dt>{t('list.column.budget')}</dt>
        <dd>
          <HeadlineBudget program={program} />
        </dd>
        <dt>{t('list.column.applicants')}</dt>
        <dd>
          <ApplicantBadges program={program} />
        </dd>
      </dl>
      <AddToShortlist program={program} compact />
    </li>
  );
});

/** 実施中 with "令和4年度時点" beneath: the word to scan for, then how old the fact is. */
function ProgramStatus({ program }: { program: Program }) {
  const { t, locale } = useI18n();
  const { value, asOf } = program.status;
  return (
    <>
      <span className="status-word">{t(`facet.status.${value}`)}</span>{' '}
      <span className="fiscal-year">{t(`statusNote.${value}`, { label: fiscalYearText(asOf, locale) })}</span>
    </>
  );
}

/** The linked name with the matched words marked, the favourite star and, if needed, where the match is. */
function ProgramName({ program, terms, showSnippets, favourite }: ProgramNameProps) {
  const { t } = useI18n();
  const nameSegments = highlight(program.name, terms);
  const snippet = showSnippets && !nameSegments.some((s) => s.hit) ? matchSnippet(program, terms) : null;
  return (
    <>
      <Link to={`/programs/${program.id}`} lang="ja">
        <Highlighted segments={nameSegments} />
      </Link>
      {favourite && (
        <span className="favourite-mark" role="img" aria-label={t('list.favourite')}>
          ★
        </span>
      )}
      {snippet && (
        <small className="snippet" aria-label={t('search.snippet')} lang="ja">
          <Highlighted segments={snippet} />
        </small>
      )}
    </>
  );
}

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
