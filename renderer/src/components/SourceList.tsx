import type { SeedFile } from '../../../shared/catalog/sources';
import { collectSourceRefs } from '../../../shared/catalog/validate';
import { useSourceDocuments } from '../db/programs-repository';
import { useI18n } from '../i18n/i18n';
import { Printed } from './Printed';
import { sourceDocumentDate, sourceDocumentName } from './source-names';

/** Every quote behind the record, grouped by document, so a reader can check each fact. */
export function SourceList({ record }: { record: unknown }) {
  const { t, locale } = useI18n();
  const documents = useSourceDocuments();
  const byFile = new Map<SeedFile, { section: string; quote: string }[]>();
  for (const { ref } of collectSourceRefs(record)) {
    const quotes = byFile.get(ref.file) ?? [];
    if (!quotes.some((q) => q.quote === ref.quote)) quotes.push(ref);
    byFile.set(ref.file, quotes);
  }
  return (
    <ul className="sources">
      {[...byFile].map(([file, quotes]) => {
        const doc = documents?.get(file);
        return (
          <li key={file}>
            <p className="source-title">
              <Printed>{doc ? sourceDocumentName(doc) : file}</Printed>
              {doc?.date && <span className="source-date"> {sourceDocumentDate(doc, locale)}</span>}
              <code className="source-file">{file}</code>
            </p>
            <ul>
              {quotes.map((q) => (
                <li key={q.quote}>
                  <small>
                    {t('detail.source.section')}: <Printed>{q.section}</Printed>
                  </small>
                  <blockquote lang="ja">{q.quote}</blockquote>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
