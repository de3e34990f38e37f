import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { readCatalogPack, type PackProblem } from '../../../../shared/catalog/catalog-pack';
import { formatDateTime } from '../../../../shared/format/dates';
import { db } from '../../db/db';
import type { TeamPackRow } from '../../db/team-rows';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { UpdateProblems } from '../catalog-update/UpdateProblems';
import { trustedPublisherKeys } from '../catalog-update/publisher-keys';
import { APP_VERSION } from '../../../../shared/app-version';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { teamSession } from './team';

/**
 * The team's catalog: a member sees the pack the maintainer published and installs it through
 * the catalog update page (same checks, same preview); the maintainer publishes a pack file.
 */
export function TeamPackSection() {
  const { t, locale } = useI18n();
  const pack = useLiveQuery(async () => (await db.team.get('pack')) as TeamPackRow | undefined, []);
  const [outcome, setOutcome] = useState<
    | { kind: 'published'; file: string; version: string }
    | { kind: 'refused'; file: string; problems: PackProblem[] }
    | null
  >(null);

  const write = useCheckedWrite();
  const publish = async () => {
    const opened = await getPlatform().openFileForImport([{ name: 'JSON', extensions: ['json'] }]);
    if (!opened) return;
    // The same reader and trusted keys as カタログ更新: a pack refused there is not published.
    const read = await readCatalogPack(opened.name, opened.bytes, {
      keys: trustedPublisherKeys(),
      now: new Date(),
      appVersion: APP_VERSION,
    });
    if (!read.ok) return setOutcome({ kind: 'refused', file: opened.name, problems: read.problems });
    const { catalogVersion, asOf } = read.catalog.meta;
    await teamSession.publishPack(opened.name, opened.bytes, { catalogVersion, asOf });
    setOutcome({ kind: 'published', file: opened.name, version: catalogVersion });
  };
  return (
    <section aria-labelledby="team-pack-heading">
      <h2 id="team-pack-heading">{t('team.pack.heading')}</h2>
      {pack ? (
        <p>
          {t('team.pack.available', {
            version: pack.catalogVersion,
            asOf: pack.asOf,
            by: pack.publishedBy,
            time: formatDateTime(pack.publishedAt, locale),
          })}{' '}
          <Link className="button-link" to="/catalog-update?source=team">
            {t('team.pack.install')}
          </Link>
        </p>
      ) : (
        <p>{t('team.pack.none')}</p>
      )}
      <p className="help">{t('team.pack.publishHelp')}</p>
      <p>
        <button type="button" disabled={write.saving} onClick={() => write.run(publish)}>
          {t('team.pack.publish')}
        </button>{' '}
        <WriteFailure write={write} action="import" />
      </p>
      {outcome?.kind === 'published' && (
        <p role="status">{t('team.pack.published', { file: outcome.file, version: outcome.version })}</p>
      )}
      {outcome?.kind === 'refused' && <UpdateProblems file={outcome.file} problems={outcome.problems} />}
    </section>
  );
}
