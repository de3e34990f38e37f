import type { SourceDocument } from '../../../shared/catalog/sources';
import { formatDate, formatMonth } from '../../../shared/format/dates';
import type { Locale } from '../i18n/i18n';

/** A source as people cite it: publisher and title as printed, never the file it was read from. */
export function sourceDocumentName(doc: Pick<SourceDocument, 'publisher' | 'title'>): string {
  return `${doc.publisher}「${doc.title}」`;
}

/** The document's date in the UI language, or null where the document gives none ("2011-07" is a month). */
export function sourceDocumentDate(doc: Pick<SourceDocument, 'date'>, locale: Locale): string | null {
  if (!doc.date) return null;
  const month = /^(\d{4})-(\d{2})$/.exec(doc.date);
  return month ? formatMonth(Number(month[1]), Number(month[2]) - 1, locale) : formatDate(doc.date, locale);
}
