import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useDocumentTitle } from './useDocumentTitle';
import { echoed } from './echo';

/**
 * "Not found", in the UI language, with a way on: back to the list it came from when there is one,
 * and always to the first screen. The heading takes focus so a screen reader says where the user is.
 */
export function NotFound({
  message,
  backTo,
  backLabel,
}: {
  message: string;
  backTo?: string;
  backLabel?: string;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('notFound.title'));
  useEffect(() => heading.current?.focus(), [message]);
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" ref={heading} tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p>{message}</p>
      <ul className="not-found-links">
        {backTo && backLabel && (
          <li>
            <Link to={backTo}>{backLabel}</Link>
          </li>
        )}
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
      </ul>
    </section>
  );
}

/** The page for an address no route knows (`#/nope`, a hand-edited or outdated link). */
export function NotFoundPage() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return <NotFound message={t('notFound.route', { path: echoed(pathname) })} />;
}
