import { Link, useSearchParams } from 'react-router';
import { SEARCH_KINDS, type SearchKind } from '../../../../shared/search/record-texts';
import type { CatalogSearchReply } from '../../../../shared/search/search-protocol';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/i18n';
import { SearchHitItem } from './SearchHitItem';
import { SuggestionList } from './SuggestionList';
import { useCatalogSearch } from './useCatalogSearch';
import { VocabularyNote } from './VocabularyNote';

/** Hits per kind on the overview; a kind's own list shows all of them (a few hundred at most). */
const PER_KIND = 5;
const ALL_OF_KIND = 500;

/** Where a search of one kind continues: programs in the program list (facets, sort), others here. */
function fullList(kind: SearchKind, query: string): string {
  const q = new URLSearchParams({ q: query }).toString();
  return kind === 'program' ? `/programs?${q}` : `/search?${q}&kind=${kind}`;
}

/**
 * The catalog-wide search (#/search?q=…): results of every kind grouped with their counts, the
 * best three whatever their kind first; each group opens its full list (&kind=… for one kind).
 */
export function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = SEARCH_KINDS.find((k) => k === kindParam && k !== 'program') ?? null;
  const { reply, suggestions, error } = useCatalogSearch(query, kind ? ALL_OF_KIND : PER_KIND);
  const heading = query.trim() ? t('search.page.headingFor', { query }) : t('search.page.heading');
  useDocumentTitle(heading);

  return (
    <section aria-labelledby="search-heading" className="search-page">
      <h1 id="search-heading">{heading}</h1>
      {!query.trim() ? (
        <p className="intro">{t('search.page.prompt')}</p>
      ) : error ? (
        <p role="alert">{t('search.failed', { message: error })}</p>
      ) : !reply ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <>
          <Results reply={reply} query={query} kind={kind} suggestions={suggestions} />
          <p className="help">{t('search.syntax')}</p>
        </>
      )}
    </section>
  );
}

function Results({
  reply,
  query,
  kind,
  suggestions,
}: {
  reply: CatalogSearchReply;
  query: string;
  kind: SearchKind | null;
  suggestions: Parameters<typeof SuggestionList>[0]['suggestions'];
}) {
  const { t, formatCount } = useI18n();
  const total = reply.groups.reduce((sum, group) => sum + group.total, 0);
  const found = reply.groups.filter((group) => group.total > 0);
  const searchFor = (q: string) => `/search?${new URLSearchParams({ q }).toString()}`;
  if (kind) {
    const group = reply.groups.find((g) => g.kind === kind)!;
    return (
      <>
        <VocabularyNote terms={reply.terms} />
        <p className="count" role="status">
          {t(`search.kind.${kind}`)}: {t('search.groupCount', { count: formatCount(group.total) })}
        </p>
        {group.total === 0 ? (
          <p>{t('search.page.kindNone')}</p>
        ) : (
          <ol className="search-hits">
            {group.hits.map((hit) => (
              <SearchHitItem key={`${hit.kind}:${hit.record.id}`} hit={hit} terms={reply.terms} />
            ))}
          </ol>
        )}
        <p>
          <Link to={searchFor(query)}>← {t('search.page.backToAll')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <VocabularyNote terms={reply.terms} />
      <p className="count" role="status">
        {t('search.page.total', { count: formatCount(total) })}
        {total > 0 &&
          t('search.page.breakdown', {
            parts: found
              .map((g) => `${t(`search.kind.${g.kind}`)} ${formatCount(g.total)}`)
              .join(t('search.page.separator')),
          })}
      </p>
      {total === 0 ? (
        <div className="no-results">
          <p>{t('search.page.none', { query })}</p>
          <SuggestionList suggestions={suggestions} linkTo={searchFor} />
        </div>
      ) : (
        <>
          {/* The best three whatever their kind; one kind's own group already shows its best. */}
          {found.length > 1 && (
            <section aria-labelledby="best-heading" className="search-best">
              <h2 id="best-heading">{t('search.page.best')}</h2>
              <ol className="search-hits">
                {reply.best.map((hit) => (
                  <SearchHitItem key={`${hit.kind}:${hit.record.id}`} hit={hit} terms={reply.terms} />
                ))}
              </ol>
            </section>
          )}
          {found.map((group) => (
            <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="search-group">
              <h2 id={`group-${group.kind}`}>
                {t(`search.kind.${group.kind}`)}{' '}
                <span className="group-count">
                  {t('search.groupCount', { count: formatCount(group.total) })}
                </span>
              </h2>
              <ol className="search-hits">
                {group.hits.map((hit) => (
                  <SearchHitItem key={`${hit.kind}:${hit.record.id}`} hit={hit} terms={reply.terms} />
                ))}
              </ol>
              <p>
                <Link to={fullList(group.kind, query)} className="see-all">
                  {t('search.page.all', {
                    kind: t(`search.kind.${group.kind}`),
                    count: formatCount(group.total),
                  })}{' '}
                  →
                </Link>
              </p>
            </section>
          ))}
        </>
      )}
    </>
  );
}
