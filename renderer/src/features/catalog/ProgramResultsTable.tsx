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
import { fiscalYearText, glossList } from '../../components/program-display';
import type { ListView } from './list-view';

interface Props {
  rows: Program[];
  terms: QueryTerm[];
  /** Show where a match is when the name itself has none. */
  showSnippets: boolean;
  favourites: Set<string> | undefined;
  /** A table (comfortable or compact rows) or cards. */
  view?: ListView;
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
  view = 'table',
}: Props) {
  const { t } = useI18n();
  const drawn = useDrawnInSlices(rows);
  if (view === 'cards') {
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
  return (
    <table className={`program-table${view === 'compact' ? ' density-compact' : ''}`}>
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
  const { t, locale } = useI18n();
  return (
    <tr data-program-id={program.id}>
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

/** The same program as a card: for browsing on a wide screen or a projector. */
const ProgramCard = memo(function ProgramCard({
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
function ProgramName({
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
