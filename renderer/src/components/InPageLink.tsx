import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to a place on the same screen (the skip link, "jump to group"). The URL's hash belongs to
 * the router (#/programs/…), so following `#main` would leave the page for a route that does not
 * exist: this link moves focus and scroll itself and leaves the URL alone.
 */
export function InPageLink({
  target,
  className,
  children,
}: {
  target: string;
  className?: string;
  children: ReactNode;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusInPage(target);
  };
  return (
    <a href={`#${target}`} className={className} onClick={onClick}>
      {children}
    </a>
  );
}

/** Focuses an element by id, making it focusable if it is not: a screen reader continues from there. */
export function focusInPage(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  // Not in every environment (jsdom has none); focus alone still moves the reading position.
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' });
}
