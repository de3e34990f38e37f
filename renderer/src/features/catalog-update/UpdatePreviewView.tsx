import { PROGRAM_COLUMNS } from '../../../../shared/catalog-table/program-columns';
import { formatDate } from '../../../../shared/format/dates';
import { useI18n } from '../../i18n/i18n';
import { fieldChangeWords } from './field-change-words';
import { LocalEditVersion } from './LocalEditVersion';
import type { UpdatePreview } from './read-update';
import { VocabularyWarnings } from './VocabularyWarnings';

/** Field names as the program table's headers call them: the names a maintainer edits. */
const FIELD_NAMES = new Map(
  PROGRAM_COLUMNS.map((c) => [
    c.key as string,
    {
      ja: c.ja,
      en: c.en.replace(/[A-Z]/g, (l) => ` ${l.toLowerCase()}`).replace(/^./, (l) => l.toUpperCase()),
    },
  ]),
);

export interface ApplyChoices {
  older: boolean;
  confirmedOlder: boolean;
  onConfirmOlder: (confirmed: boolean) => void;
  /** A local edit: the version to install it as, and whether its unknown names were confirmed. */
  localVersion: string;
  onLocalVersion: (version: string) => void;
  confirmedNames: boolean;
  onConfirmNames: (confirmed: boolean) => void;
  onApply: () => void;
}

/** Added, changed (field by field, old → new) and removed programs, who signed it, and what it means for the user's data. */
export function UpdatePreviewView({ preview, choices }: { preview: UpdatePreview; choices: ApplyChoices }) {
  const { t, locale } = useI18n();
  const { file, meta, source, installed, counts, added, changed, removed, affectedRemoved, affectedChanged } =
    preview;
  const installedVersion = installed?.catalogVersion ?? '';
  const replacesLocalEdit = source.kind === 'signed' && installed?.provenance?.kind === 'local-edit';
  const same = source.kind === 'signed' && meta.catalogVersion === installedVersion && !replacesLocalEdit;
  const local = source.kind === 'local-edit' ? source : null;
  const toVersion = local ? choices.localVersion : meta.catalogVersion;
  const localOk = !local || LocalEditVersion.problem(choices.localVersion, installedVersion) === null;
  const namesOk = !local || local.vocabulary.length === 0 || choices.confirmedNames;
  // A table saved back unedited: installing it would only raise the version.
  const unedited = local !== null && counts.added + counts.changed + counts.removed === 0;
  return (
    <section aria-labelledby="preview-heading" className="update-preview">
      <h2 id="preview-heading">{t('update.preview', { file })}</h2>
      <dl className="facts">
        <dt>{t('update.version')}</dt>
        <dd>{unedited ? installedVersion : t('update.fromTo', { from: installedVersion, to: toVersion })}</dd>
        <dt>{t('update.asOf')}</dt>
        <dd>{formatDate(meta.asOf, locale)}</dd>
        <dt>{t('update.publisher')}</dt>
        <dd lang="ja">{meta.publisher}</dd>
        <dt>{t('update.signedBy')}</dt>
        <dd>
          {source.kind === 'signed'
            ? t('update.signedByValue', {
                publisher: source.signature.publisher,
                keyId: source.signature.keyId,
                date: formatDate(source.signature.created.slice(0, 10), locale),
                expires: formatDate(source.signature.expires.slice(0, 10), locale),
              })
            : t('update.provenance.local-edit')}
        </dd>
      </dl>
      {local && !unedited && (
        <LocalEditVersion
          source={local}
          installedVersion={installedVersion}
          version={choices.localVersion}
          onVersion={choices.onLocalVersion}
        />
      )}
      {local && local.vocabulary.length > 0 && (
        <VocabularyWarnings
          warnings={local.vocabulary}
          confirmed={choices.confirmedNames}
          onConfirm={choices.onConfirmNames}
        />
      )}
      <ul className="diff-counts">
        <li>{t('update.added', { count: counts.added })}</li>
        <li>{t('update.changed', { count: counts.changed })}</li>
        <li>{t('update.removed', { count: counts.removed })}</li>
        <li>{t('update.unchanged', { count: counts.unchanged })}</li>
      </ul>
      <h3>{t('update.affected')}</h3>
      {affectedRemoved.length > 0 && (
        <p className="warning">{t('update.affectedRemoved', { count: affectedRemoved.length })}</p>
      )}
      {affectedChanged.length > 0 && <p>{t('update.affectedChanged', { count: affectedChanged.length })}</p>}
      {affectedRemoved.length + affectedChanged.length === 0 && <p>{t('update.affectedNone')}</p>}
      {counts.added > 0 && (
        <details open>
          <summary>{t('update.added', { count: counts.added })}</summary>
          <ul>
            {added.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
          {counts.added > added.length && <p>{t('update.more', { count: counts.added - added.length })}</p>}
        </details>
      )}
      {counts.changed > 0 && (
        <details open>
          <summary>{t('update.changed', { count: counts.changed })}</summary>
          <ul>
            {changed.map((c) => (
              <li key={c.after.id}>
                {c.after.name}
                <ul className="field-changes">
                  {c.fields.map((f) => {
                    const words = fieldChangeWords(f.field, f.before, f.after, preview.documents, t, locale);
                    return (
                      <li key={f.field}>
                        <strong>{FIELD_NAMES.get(f.field)?.[locale] ?? f.field}</strong>:{' '}
                        <del>{words.before}</del> → <ins>{words.after}</ins>
                        {words.details.length > 0 && (
                          <ul>
                            {words.details.map((detail, i) => (
                              <li key={i}>{detail}</li>
                            ))}
                          </ul>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
          {counts.changed > changed.length && (
            <p>{t('update.more', { count: counts.changed - changed.length })}</p>
          )}
        </details>
      )}
      {counts.removed > 0 && (
        <details open>
          <summary>{t('update.removed', { count: counts.removed })}</summary>
          <ul>
            {removed.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
          {counts.removed > removed.length && (
            <p>{t('update.more', { count: counts.removed - removed.length })}</p>
          )}
        </details>
      )}
      {same && <p>{t('update.same', { version: installedVersion })}</p>}
      {unedited && <p>{t('update.localEdit.unedited')}</p>}
      {replacesLocalEdit && meta.catalogVersion === installedVersion && <p>{t('update.replaceLocal')}</p>}
      {choices.older && (
        <div className="warning">
          <p>{t('update.older', { from: installedVersion, to: meta.catalogVersion })}</p>
          <label className="check">
            <input
              type="checkbox"
              checked={choices.confirmedOlder}
              onChange={(e) => choices.onConfirmOlder(e.target.checked)}
            />
            {t('update.confirmOlder')}
          </label>
        </div>
      )}
      {!unedited && (
        <p>
          <button
            type="button"
            className="primary"
            disabled={same || (choices.older && !choices.confirmedOlder) || !localOk || !namesOk}
            onClick={choices.onApply}
          >
            {t('update.apply')}
          </button>
        </p>
      )}
      {local && !unedited && <p className="help">{t('update.localEdit.toSign')}</p>}
    </section>
  );
}
