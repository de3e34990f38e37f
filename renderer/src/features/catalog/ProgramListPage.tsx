import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { highlight } from '../../../../shared/search/highlight';
import type { Facet } from '../../../../shared/search/facets';
import type { SortOrder } from '../../../../shared/search/program-search';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFavouriteIds } from '../../db/favourites-repository';
import { useMarketDomains } from '../../db/market-domains-repository';
import { useI18n } from '../../i18n/i18n';
import { ApplicantBadges } from './ApplicantBadges';
import { FacetPanel } from './FacetPanel';
import { facetValueLabel } from './facet-labels';
import { Highlighted } from './Highlighted';
import { HeadlineBudget } from './HeadlineBudget';
import { statusLabel } from './program-display';
import {
  SEARCH_INPUT_ID,
  SORT_ORDERS,
  listStateFromParams,
  listStateToParams,
  type ListState,
} from './search-params';
import { useProgramSearch } from './useProgramSearch';
import { useUrlBackedText } from './useUrlBackedText';

const PAGE_SIZE = 50;

export function ProgramListPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const fromUrl = listStateFromParams(params);
  const location = useLocation();
  const [query, setQuery] = useUrlBackedText(fromUrl.query, (value) =>
    setParams(listStateToParams({ ...fromUrl, query: value }), { replace: true }),
  );
  const state: ListState = { ...fromUrl, query };
  // Checkboxes and the sort menu are controlled by the URL: applying their navigation
  // synchronously (flushSync) stops them flickering back before the URL catches up.
  const update = (next: Partial<ListState>) =>
    setParams(listStateToParams({ ...state, ...next }), { flushSync: true });
  const search = useProgramSearch(state);
  const favourites = useFavouriteIds();
  const domains = new Map(useMarketDomains()?.map((d) => [d.id, d]));
  const input = useRef<HTMLInputElement>(null);
  useDocumentTitle(t('list.heading'));

  // The keyboard shortcut (/ or Ctrl+K) from another page lands here with the box focused.
  useEffect(() => {
    if ((location.state as { focusSearch?: boolean } | null)?.focusSearch) input.current?.focus();
  }, [location.state]);
  // "Show more" belongs to one search: a new query or filter starts again at the first page.
  const paramsKey = params.toString();
  const [paging, setPaging] = useState({ key: paramsKey, shown: PAGE_SIZE });
  const shown = paging.key === paramsKey ? paging.shown : PAGE_SIZE;

  const toggle = (facet: Facet, value: string) => {
    const current = state.filters[facet] ?? [];
    const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    update({ filters: { ...state.filters, [facet]: values } });
  };
  const activeFilters = Object.entries(state.filters).flatMap(([facet, values]) =>
    values.map((value) => [facet as Facet, value] as const),
  );

  return (
    <section aria-labelledby="list-heading" className="program-list">
      <h1 id="list-heading">{t('list.heading')}</h1>
      <p className="call-to-action">
        <Link to="/wizard" className="button-link">
          {t('list.wizardCta')} →
        </Link>{' '}
        <span className="help">{t('list.wizardCtaHelp')}</span>
      </p>
      <div className="search-bar" role="search">
        <label htmlFor={SEARCH_INPUT_ID} className="field-label">
          {t('search.label')}
        </label>
        <input
          id={SEARCH_INPUT_ID}
          ref={input}
          type="search"
          value={state.query}
          placeholder={t('search.placeholder')}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby="search-help"
          autoComplete="off"
        />
        <label htmlFor="sort" className="sort-label">
          {t('sort.label')}
        </label>
        <select id="sort" value={state.sort} onChange={(e) => update({ sort: e.target.value as SortOrder })}>
          {SORT_ORDERS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
        <p id="search-help" className="help">
          {t('search.syntax')} · {t('search.shortcut')}
        </p>
      </div>
      {activeFilters.length > 0 && (
        <div className="active-filters" aria-label={t('search.activeFilters')}>
          {activeFilters.map(([facet, value]) => (
            <button
              key={`${facet}-${value}`}
              type="button"
              className="chip"
              onClick={() => toggle(facet, value)}
            >
              {t('search.removeFilter', { value: facetValueLabel(facet, value, t, domains) })} ✕
            </button>
          ))}
          <button type="button" onClick={() => update({ filters: {} })}>
            {t('search.clearFilters')}
          </button>
        </div>
      )}
      {!search ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <div className="list-layout">
          <FacetPanel counts={search.result.facetCounts} filters={state.filters} onToggle={toggle} />
          <div className="list-results">
            <p className="count" role="status" aria-live="polite">
              {t('search.resultCount', { count: search.result.total })}
            </p>
            {search.result.total === 0 ? (
              <div className="no-results">
                <p>
                  {state.query && search.unfiltered === 0
                    ? t('search.noResults', { query: state.query })
                    : t('search.noResultsFiltered')}
                </p>
                {state.query && search.unfiltered === 0 && <p className="help">{t('search.suggestWords')}</p>}
                {search.unfiltered > 0 && (
                  <p>{t('search.excludedByFilters', { count: search.unfiltered })}</p>
                )}
                <p>
                  {activeFilters.length > 0 && (
                    <button type="button" onClick={() => update({ filters: {} })}>
                      {t('search.clearFilters')}
                    </button>
                  )}{' '}
                  <button type="button" onClick={() => setParams(new URLSearchParams(), { flushSync: true })}>
                    {t('search.reset')}
                  </button>
                </p>
              </div>
            ) : (
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
                  {Array.from(search.result.order.subarray(0, shown), (record) => {
                    const program = search.programs[record]!;
                    const nameSegments = highlight(program.name, search.result.terms);
                    const snippet =
                      state.query && !nameSegments.some((s) => s.hit)
                        ? matchSnippet(program, search.result.terms)
                        : null;
                    return (
                      <tr key={program.id} data-program-id={program.id}>
                        <th scope="row">
                          <Link to={`/programs/${program.id}`}>
                            <Highlighted segments={nameSegments} />
                          </Link>
                          {favourites?.has(program.id) && (
                            <span className="favourite-mark" role="img" aria-label={t('list.favourite')}>
                              ★
                            </span>
                          )}
                          {snippet && (
                            <small className="snippet" aria-label={t('search.snippet')}>
                              <Highlighted segments={snippet} />
                            </small>
                          )}
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
                  })}
                </tbody>
              </table>
            )}
            {search.result.total > shown && (
              <button type="button" onClick={() => setPaging({ key: paramsKey, shown: shown + PAGE_SIZE })}>
                {t('search.more', { count: search.result.total - shown })}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

/** The part of an alias, organisation or summary that matched, when the name itself did not. */
function matchSnippet(
  program: {
    aliases: string[];
    ministries: string[];
    department: string | null;
    summary: string | null;
    notes: string[];
  },
  terms: Parameters<typeof highlight>[1],
) {
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
