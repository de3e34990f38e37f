import type { Program } from '../../../../shared/catalog/program';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../../../shared/format/dates';
import type { UpdatePreview } from './read-update';
import { PROGRAM_COLUMNS } from '../../../../shared/catalog-table/program-columns';

/** Field names as the program table's headers call them: the names a maintainer edits. */
const FIELD_NAMES_JA = new Map<string, string>(PROGRAM_COLUMNS.map((c) => [c.key, c.ja]));

/** A changed field as a reader knows it: budgets by year as printed, applicants and contacts by label. */
function describeField(field: keyof Program, value: unknown): string {
  const text = (() => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'string') return value;
    if (field === 'budgets')
      return (value as Program['budgets']).map((b) => `${b.fiscalYear.label}: ${b.text}`).join('; ');
    if (field === 'eligibility') return (value as Program['eligibility']).map((e) => e.label).join('; ');
    if (field === 'contacts') return (value as Program['contacts']).map((c) => c.printed).join('; ');
    if (field === 'status')
      return `${(value as Program['status']).value} (${(value as Program['status']).asOf.label})`;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
      return value.join('・');
    return JSON.stringify(value);
  })();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Added, changed (field by field, old → new) and removed programs, and what it means for the user's data. */
export function UpdatePreviewView({
  preview: { file, meta, counts, added, changed, removed, affectedRemoved, affectedChanged },
  installedVersion,
  older,
  confirmedOlder,
  onConfirmOlder,
  onApply,
}: {
  preview: UpdatePreview;
  installedVersion: string;
  older: boolean;
  confirmedOlder: boolean;
  onConfirmOlder: (confirmed: boolean) => void;
  onApply: () => void;
}) {
  const { t, locale } = useI18n();
  const same = meta.catalogVersion === installedVersion;
  return (
    <section aria-labelledby="preview-heading" className="update-preview">
      <h2 id="preview-heading">{t('update.preview', { file })}</h2>
      <dl className="facts">
        <dt>{t('update.version')}</dt>
        <dd>{t('update.fromTo', { from: installedVersion, to: meta.catalogVersion })}</dd>
        <dt>{t('update.asOf')}</dt>
        <dd>{formatDate(meta.asOf, locale)}</dd>
        <dt>{t('update.publisher')}</dt>
        <dd lang="ja">{meta.publisher}</dd>
      </dl>
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
                  {c.fields.map((f) => (
                    <li key={f.field}>
                      <strong>{locale === 'ja' ? (FIELD_NAMES_JA.get(f.field) ?? f.field) : f.field}</strong>:{' '}
                      <del>{describeField(f.field, f.before)}</del> →{' '}
                      <ins>{describeField(f.field, f.after)}</ins>
                    </li>
                  ))}
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
      {older && (
        <div className="warning">
          <p>{t('update.older', { from: installedVersion, to: meta.catalogVersion })}</p>
          <label className="check">
            <input
              type="checkbox"
              checked={confirmedOlder}
              onChange={(e) => onConfirmOlder(e.target.checked)}
            />
            {t('update.confirmOlder')}
          </label>
        </div>
      )}
      <p>
        <button
          type="button"
          className="primary"
          disabled={same || (older && !confirmedOlder)}
          onClick={onApply}
        >
          {t('update.apply')}
        </button>
      </p>
    </section>
  );
}
