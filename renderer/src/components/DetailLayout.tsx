import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { FiscalYear } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';
import { NotFound } from './NotFound';
import { asOfText } from './program-display';
import { Printed } from './Printed';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * The frame of every record page: back link, kind, a heading that takes focus when the route
 * changes (keyboard and screen-reader users land on it), and the fiscal year the record describes.
 */
export function DetailLayout({
  kind,
  title,
  backTo,
  backLabel,
  describes,
  actions,
  children,
  translatedTitle = false,
}: {
  kind: string;
  title: string;
  /** The title is in the UI language (a glossed name), not a name as printed. */
  translatedTitle?: boolean;
  backTo: string;
  backLabel: string;
  describes: FiscalYear | null;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <article className="record-detail" aria-labelledby="record-title">
      <Link to={backTo} className="back-link">
        ← {backLabel}
      </Link>
      <p className="record-kind">{kind}</p>
      <h1 id="record-title" ref={heading} tabIndex={-1}>
        {translatedTitle ? title : <Printed>{title}</Printed>}
      </h1>
      {actions}
      {describes && (
        <p className="describes" role="note">
          {t('detail.describes', { when: asOfText(describes, locale) })}
        </p>
      )}
      {children}
    </article>
  );
}

/** Loading, not-found (with the way back to the list), or the record itself. */
export function RecordGate<T>({
  value,
  notFound,
  backTo,
  backLabel,
  children,
}: {
  value: T | null | undefined;
  /** What is missing, in words: "the catalog has no program with the ID x". */
  notFound: string;
  backTo: string;
  backLabel: string;
  children: (record: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (value === undefined) return <p aria-busy="true">{t('loading')}</p>;
  if (value === null) return <NotFound message={notFound} backTo={backTo} backLabel={backLabel} />;
  return <>{children(value)}</>;
}

/** A titled section of a record page; renders nothing for an empty list. */
export function DetailSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

export function TextList({ items }: { items: string[] }) {
  return (
    <ul className="text-list" lang="ja">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function Notes({ notes }: { notes: string[] }) {
  const { t } = useI18n();
  if (notes.length === 0) return null;
  return (
    <aside className="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('detail.notes')}</h2>
      <TextList items={notes} />
    </aside>
  );
}
