import { memo, startTransition, useEffect, useState } from 'react';
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
  terms: QueryTerm[];
  /** Show where a match is when the name itself has none. */
  showSnippets: boolean;
  favourites: Set<string> | undefined;
}

/**
 * One page of results. Memoised, with memoised rows: a keystroke re-renders the search box and
 * the URL, and these rows are drawn again only when the worker's reply changes them.
 */
export const ProgramResultsTable = memo(function ProgramResultsTable({
  rows,
  terms,
  showSnippets,
  favourites,
}: Props) {
  const { t } = useI18n();
  const drawn = useDrawnInSlices(rows);
  return (
    <table className="program-table">
      <thead>
        <tr>
          <th scope="col">{t('list.column.name')}</th>
          <th scope="col">{t('list.column.ministry')}</th>
          <th scope="col">{t('list.column.budget')}</th>
          <th scope="col">{t('list.column.applicants')}</th>
          <th scope="col">{t('detail.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, drawn).map((program) => (
          <ProgramRow
            key={program.id}
            program={program}
            terms={terms}
            showSnippets={showSnippets}
            favourite={favourites?.has(program.id) ?? false}
          />
        ))}
      </tbody>
    </table>
  );
});

/** Rows drawn per frame: laying out Japanese text is the costly part, so a page comes in slices. */
const ROWS_PER_FRAME = 12;

/**
 * How many of `rows` to draw now. A new page starts with one slice and grows a slice per frame,
 * so laying out 50 new rows never holds the UI thread for longer than a frame.
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

const ProgramRow = memo(function ProgramRow({
  program,
  terms,
  showSnippets,
  favourite,
}: {
  program: Program;
  terms: QueryTerm[];
  showSnippets: boolean;
  favourite: boolean;
}) {
  const { t } = useI18n();
  const nameSegments = highlight(program.name, terms);
  const snippet = showSnippets && !nameSegments.some((s) => s.hit) ? matchSnippet(program, terms) : null;
  return (
    <tr data-program-id={program.id}>
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
