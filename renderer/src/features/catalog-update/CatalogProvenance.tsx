import { formatDate } from '../../../../shared/format/dates';
import type { CatalogMetaRow } from '../../db/db';
import { useI18n } from '../../i18n/i18n';

/** Where the installed catalog came from, in words: built in, signed by whom and when, or a local edit. */
export function CatalogProvenance({ meta }: { meta: CatalogMetaRow }) {
  const { t, locale } = useI18n();
  const p = meta.provenance;
  if (!p) return <span className="provenance">{t('update.provenance.unknown')}</span>;
  if (p.kind === 'signed')
    return (
      <span className="provenance signed" title={`${t('keys.keyId')} ${p.keyId}`}>
        {t('update.provenance.signed', {
          publisher: p.publisher,
          date: formatDate(p.created.slice(0, 10), locale),
        })}
      </span>
    );
  return <span className={`provenance ${p.kind}`}>{t(`update.provenance.${p.kind}`)}</span>;
}
