import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { SEARCH_INPUT_ID } from './search-params';
import { useComposedInput } from './useComposedInput';
import { useUrlBackedText } from './useUrlBackedText';

/**
 * The search box in the app shell: one search over programs, schemes, communities and market
 * domains. Typing opens the search page (#/search?q=…) and updates it as the words change; the
 * / and Ctrl+K shortcuts focus it from anywhere (the shell's shortcut looks for SEARCH_INPUT_ID).
 */
export function SiteSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const onSearchPage = location.pathname === '/search';
  const fromUrl = onSearchPage ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const show = (value: string) => {
    navigate(
      { pathname: '/search', search: value ? `?${new URLSearchParams({ q: value }).toString()}` : '' },
      // Typing on the search page replaces its entry: back leaves the search, not each letter.
      // Not as a transition: a keystroke drawn meanwhile would see the old address and take it
      // for a navigation away, clearing the box mid-word (fast typing lost its first letters).
      { replace: onSearchPage, flushSync: true },
    );
  };
  const [text, setText] = useUrlBackedText(fromUrl, show);
  const composed = useComposedInput(text, setText);
  return (
    <form
      role="search"
      className="site-search"
      aria-label={t('search.site.label')}
      onSubmit={(event) => {
        event.preventDefault();
        show(text);
      }}
    >
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t('search.site.label')}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        {...composed}
        placeholder={t('search.site.placeholder')}
        autoComplete="off"
        aria-keyshortcuts="/ Control+K"
        aria-describedby="site-search-shortcut"
      />
      <span id="site-search-shortcut" className="visually-hidden">
        {t('search.shortcut')}
      </span>
      <button type="submit">{t('search.site.submit')}</button>
    </form>
  );
}
