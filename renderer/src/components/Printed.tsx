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

const QUOTED = /(“[^”]*”|「[^」]*」)/;

/**
 * A sentence in the UI language that quotes the documents' own words (“①大学等研究機関”): the
 * quoted words are marked as printed Japanese, the rest is read in the UI language.
 */
export function WithQuotes({ text }: { text: string }) {
  return (
    <>
      {text.split(QUOTED).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="ja">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
