import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { Facet } from '../../../../shared/search/facets';
import type { SortOrder } from '../../../../shared/search/program-search';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFavouriteIds } from '../../db/favourites-repository';
import { useMarketDomains } from '../../db/market-domains-repository';
import { useI18n } from '../../i18n/i18n';
import { FacetPanel } from './FacetPanel';
import { facetValueLabel } from './facet-labels';
import {
  PROGRAM_SEARCH_INPUT_ID,
  RESULTS_SHOWN_MARK,
  SORT_ORDERS,
  listStateFromParams,
  listStateToParams,
  type ListState,
} from './search-params';
import { ExportPanel } from '../export/ExportPanel';
import { loadProgramRows } from '../export/load-programs';
import { ProgramResultsTable } from './ProgramResultsTable';
import { SuggestionList } from './SuggestionList';
import { useProgramSearch } from './useProgramSearch';
import { useComposedInput } from './useComposedInput';
import { useUrlBackedText } from './useUrlBackedText';
import { LIST_VIEWS, useListView } from './list-view';
import { VocabularyNote } from './VocabularyNote';

const PAGE_SIZE = 50;
/** How long typing must pause before the query goes into the URL (and the routes re-render). */
const URL_DELAY_MS = 300;

export function ProgramListPage() {
  const { t, tn, locale, formatCount } = useI18n();
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  // Parsed once per URL, so memoised children see the same filters object until it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fromUrl = useMemo(() => listStateFromParams(params), [paramsKey]);
  const location = useLocation();
  // The list searches from the text itself; the URL follows once typing pauses.
  const [query, setQuery, writeQueryNow] = useUrlBackedText(
    fromUrl.query,
    (value) => setParams(listStateToParams({ ...fromUrl, query: value }), { replace: true }),
    URL_DELAY_MS,
  );
  const state: ListState = { ...fromUrl, query };
  const composed = useComposedInput(query, setQuery);
  const stateKey = listStateToParams(state).toString();
  // Checkboxes and the sort menu are controlled by the URL: applying their navigation
  // synchronously (flushSync) stops them flickering back before the URL catches up.
  const update = (next: Partial<ListState>) =>
    setParams(listStateToParams({ ...state, ...next }), { flushSync: true });
  const favourites = useFavouriteIds();
  const domains = new Map(useMarketDomains()?.map((d) => [d.id, d]));
  const input = useRef<HTMLInputElement>(null);
  const [view, setView] = useListView();
  useDocumentTitle(t('list.heading'));

  // The keyboard shortcut (/ or Ctrl+K) from another page lands here with the box focused.
  useEffect(() => {
    if ((location.state as { focusSearch?: boolean } | null)?.focusSearch) input.current?.focus();
  }, [location.state]);
  // "Show more" belongs to one search: a new query or filter starts again at the first page.
  const [paging, setPaging] = useState({ key: stateKey, shown: PAGE_SIZE });
  const shown = paging.key === stateKey ? paging.shown : PAGE_SIZE;
  const { search, facets, error, suggestions, allIds } = useProgramSearch(state, shown);
  const [exporting, setExporting] = useState(false);

  // A User Timing mark when a reply is on screen: bench:search-ui measures keystroke to results.
  useEffect(() => {
    if (search) performance.mark(RESULTS_SHOWN_MARK, { detail: search.query });
  }, [search]);

  // A hand-edited link may name a filter value no program has (?ministry=__proto__): it is taken
  // out of the address, not shown as a chip that filters everything away, and the page says so.
  // The values dropped travel with the navigation that dropped them, so the notice goes with it.
  const dropped = (location.state as { droppedFilters?: string[] } | null)?.droppedFilters ?? [];
  const unknownKey = JSON.stringify(search?.unknownFilters ?? []);
  const latestState = useRef(state);
  useLayoutEffect(() => {
    latestState.current = state;
  });
  useEffect(() => {
    const unknown = JSON.parse(unknownKey) as [Facet, string][];
    if (!unknown.length) return;
    const current = latestState.current;
    const filters = Object.fromEntries(
      Object.entries(current.filters).map(([facet, values]) => [
        facet,
        values.filter((value) => !unknown.some(([f, v]) => f === facet && v === value)),
      ]),
    );
    setParams(listStateToParams({ ...current, filters }), {
      replace: true,
      state: { droppedFilters: unknown.map(([, value]) => value) },
    });
  }, [unknownKey, setParams]);

  const toggle = (facet: Facet, value: string) => {
    const current = state.filters[facet] ?? [];
    const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    update({ filters: { ...state.filters, [facet]: values } });
  };
  // The facet panel is memoised: it gets a callback that stays the same and calls the latest toggle.
  const latestToggle = useRef(toggle);
  useLayoutEffect(() => {
    latestToggle.current = toggle;
  });
  const stableToggle = useCallback((facet: Facet, value: string) => latestToggle.current(facet, value), []);
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
      <div className="search-bar" role="search" aria-label={t('search.label')}>
        <label htmlFor={PROGRAM_SEARCH_INPUT_ID} className="field-label">
          {t('search.label')}
        </label>
        <input
          id={PROGRAM_SEARCH_INPUT_ID}
          ref={input}
          type="search"
          {...composed}
          placeholder={t('search.placeholder')}
          onBlur={writeQueryNow}
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
          {t('search.listSyntax')}
        </p>
      </div>
      {search && <VocabularyNote terms={search.terms} />}
      {dropped.length > 0 && (
        <p role="status" className="dropped-filters">
          {t('search.droppedFilters', {
            values: dropped.map((value) => t('search.droppedValue', { value })).join(' '),
          })}
        </p>
      )}
      {activeFilters.length > 0 && (
        <div className="active-filters" aria-label={t('search.activeFilters')}>
          {activeFilters.map(([facet, value]) => (
            <button
              key={`${facet}-${value}`}
              type="button"
              className="chip"
              onClick={() => toggle(facet, value)}
            >
              {t('search.removeFilter', { value: facetValueLabel(facet, value, t, domains, locale) })} ✕
            </button>
          ))}
          <button type="button" onClick={() => update({ filters: {} })}>
            {t('search.clearFilters')}
          </button>
        </div>
      )}
      {error ? (
        <p role="alert">{t('search.failed', { message: error })}</p>
      ) : !search ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <div className="list-layout">
          {facets ? (
            <FacetPanel counts={facets} filters={state.filters} onToggle={stableToggle} />
          ) : (
            <aside className="facets" aria-busy="true" />
          )}
          <div className="list-results">
            <div className="count-bar">
              <p className="count" role="status" aria-live="polite">
                {tn('search.resultCount', search.total, { count: formatCount(search.total) })}
              </p>
              <div className="segmented view-switch" role="group" aria-label={t('list.view')}>
                {LIST_VIEWS.map((option) => (
                  <button
                    key={option}
                    type="button"
                    aria-pressed={view === option}
                    onClick={() => setView(option)}
                  >
                    {t(`list.view.${option}`)}
                  </button>
                ))}
              </div>
              {search.total > 0 && (
                <button type="button" aria-expanded={exporting} onClick={() => setExporting(!exporting)}>
                  {t('export.results', { count: formatCount(search.total) })}
                </button>
              )}
            </div>
            {exporting && search.total > 0 && (
              <ExportPanel
                kind="results"
                fileBaseName={state.query ? `${t('list.heading')} ${state.query}` : t('list.heading')}
                loadRows={async (signal, onProgress) => loadProgramRows(await allIds(), signal, onProgress)}
              />
            )}
            {search.total === 0 ? (
              <div className="no-results">
                <p>
                  {state.query && search.unfiltered === 0
                    ? t('search.noResults', { query: state.query })
                    : t('search.noResultsFiltered')}
                </p>
                {state.query && search.unfiltered === 0 && (
                  <>
                    <SuggestionList
                      suggestions={suggestions}
                      linkTo={(query) => ({ search: listStateToParams({ ...state, query }).toString() })}
                    />
                    <p className="help">{t('search.suggestWords')}</p>
                  </>
                )}
                {search.unfiltered > 0 && (
                  <p>{t('search.excludedByFilters', { count: formatCount(search.unfiltered) })}</p>
                )}
                {[...search.withoutFilter].some(([, count]) => count > 0) && (
                  <div className="drop-filters">
                    <p className="help">{t('search.dropFiltersHeading')}:</p>
                    <ul>
                      {[...search.withoutFilter]
                        .filter(([, count]) => count > 0)
                        .sort((a, b) => b[1] - a[1])
                        .map(([facet, count]) => (
                          <li key={facet}>
                            <button
                              type="button"
                              onClick={() => update({ filters: { ...state.filters, [facet]: [] } })}
                            >
                              {t('search.dropFilter', {
                                value: (state.filters[facet] ?? [])
                                  .map((value) => facetValueLabel(facet, value, t, domains, locale))
                                  .join('・'),
                                count: formatCount(count),
                              })}
                            </button>
                          </li>
                        ))}
                    </ul>
                  </div>
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
              <ProgramResultsTable
                rows={search.rows}
                total={search.total}
                terms={search.terms}
                showSnippets={search.query.trim() !== ''}
                favourites={favourites}
                view={view}
              />
            )}
            {search.total > shown && (
              <button type="button" onClick={() => setPaging({ key: stateKey, shown: shown + PAGE_SIZE })}>
                {t('search.more', { count: formatCount(search.total - shown) })}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
