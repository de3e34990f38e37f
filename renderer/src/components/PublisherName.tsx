import { gloss } from '../../../shared/vocabulary/glossary';
import { useI18n } from '../i18n/i18n';

/** A catalog's publisher: in English through the glossary, else as the catalog prints it (Japanese). */
export function PublisherName({ name, className }: { name: string; className?: string }) {
  const { locale } = useI18n();
  const shown = gloss('publisher', name, locale);
  return (
    <span className={className} lang={shown === name ? 'ja' : undefined}>
      {shown}
    </span>
  );
}
