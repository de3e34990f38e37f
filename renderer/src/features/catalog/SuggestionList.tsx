import { Link, type To } from 'react-router';
import type { Suggestion } from '../../../../shared/search/suggestions';
import { useI18n } from '../../i18n/i18n';

/** After a search that found nothing: the nearest words the catalog contains, or fewer words. */
export function SuggestionList({
  suggestions,
  linkTo,
}: {
  /** null while the worker may still send them. */
  suggestions: Suggestion[] | null;
  linkTo: (query: string) => To;
}) {
  const { t, formatCount } = useI18n();
  if (suggestions === null) return <p className="help">{t('search.suggest.waiting')}</p>;
  if (suggestions.length === 0) return <p className="help">{t('search.suggest.none')}</p>;
  return (
    <nav className="suggestions" aria-label={t('search.suggest.heading')}>
      <span className="suggestions-heading">{t('search.suggest.heading')}:</span>
      <ul>
        {suggestions.map((suggestion) => (
          <li key={suggestion.query}>
            <Link to={linkTo(suggestion.query)}>
              {t(suggestion.change === 'replace' ? 'search.suggest.replace' : 'search.suggest.drop', {
                word: suggestion.word,
                count: formatCount(suggestion.count),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
