import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { localVersionProblem, type UpdateSource } from './read-update';

/** A local edit is installed under a version the app proposes; the user may choose another newer one. */
export function LocalEditVersion({
  source,
  installedVersion,
  version,
  onVersion,
}: {
  source: Extract<UpdateSource, { kind: 'local-edit' }>;
  installedVersion: string;
  version: string;
  onVersion: (version: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const problem = LocalEditVersion.problem(version, installedVersion);
  const proposed = source.proposedVersion !== source.tableVersion;
  return (
    <div className="local-edit">
      <h3>{t('update.localEdit.heading')}</h3>
      <p>{t('update.localEdit.explain')}</p>
      <p>
        {proposed
          ? t('update.localEdit.proposed', { tableVersion: source.tableVersion, installed: installedVersion })
          : t('update.localEdit.asWritten', { tableVersion: source.tableVersion })}
      </p>
      <p>
        <label htmlFor={id}>{t('update.localEdit.version')}</label>{' '}
        <input
          id={id}
          value={version}
          onChange={(e) => onVersion(e.target.value.trim())}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          inputMode="numeric"
        />
      </p>
      {problem && (
        <p id={`${id}-problem`} className="warning">
          {problem === 'format'
            ? t('update.localEdit.badFormat')
            : t('update.localEdit.notNewer', { installed: installedVersion })}
        </p>
      )}
    </div>
  );
}

LocalEditVersion.problem = localVersionProblem;
