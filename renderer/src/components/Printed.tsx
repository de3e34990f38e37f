import type { ReactNode } from 'react';

/**
 * Catalog text shown as the documents print it (program and office names, quotes). It is marked
 * lang="ja" in both UIs, so a screen reader reads it with a Japanese voice inside the English UI,
 * and the English-UI check can tell a quoted name from an untranslated label.
 */
export function Printed({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span lang="ja" className={className}>
      {children}
    </span>
  );
}
