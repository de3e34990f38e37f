import { useState } from 'react';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { ConnectForm } from './ConnectForm';
import { TeamPackSection } from './TeamPackSection';
import { teamSession, useTeamStatus } from './team';
import { teamStatusText } from './team-status-text';

/** 「チームに接続」: connect, see the sync status in words, disconnect, and the team's catalog. */
export function TeamPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('team.heading'));
  const status = useTeamStatus();
  const [confirming, setConfirming] = useState(false);
  const write = useCheckedWrite();
  const text = teamStatusText(status, t, locale);
  const { connection } = status;
  const connected = connection && status.state !== 'removed';
  // Replicating, or about to: not while the server refuses or a password is awaited.
  const working = ['starting', 'syncing', 'online', 'offline', 'needs-update'].includes(status.state);
  const electron = getPlatform().kind === 'electron';
  return (
    <section aria-labelledby="team-heading" className="team-page">
      <h1 id="team-heading">{t('team.heading')}</h1>
      <p className="help">{t('team.intro')}</p>
      <section aria-labelledby="team-status-heading" className="team-status-panel">
        <h2 id="team-status-heading">{t('team.status.label')}</h2>
        <p role="status" className={`team-state team-state-${status.state}`}>
          {status.state === 'off' ? t('team.status.off') : text.state}
        </p>
        {text.detail.map((line) => (
          <p key={line} role="alert" className="warning">
            {line}
          </p>
        ))}
        {connected && working && (
          <p>
            {t('team.connectedAs', {
              server: connection.serverUrl,
              database: connection.database,
              user: connection.username,
            })}
          </p>
        )}
      </section>
      {(!connected || status.state === 'needs-password' || status.state === 'refused') && (
        <ConnectForm
          initial={connection}
          passwordOnly={status.state === 'needs-password'}
          keptNote={electron ? t('team.passwordKeptElectron') : t('team.passwordKeptBrowser')}
        />
      )}
      {connected && (
        <p className="toolbar">
          {confirming ? (
            <span role="group" aria-label={t('team.disconnect')} className="confirm">
              <span>{t('team.disconnectConfirm')}</span>{' '}
              <button
                type="button"
                className="danger"
                onClick={() =>
                  write.run(
                    () => teamSession.disconnect(),
                    () => setConfirming(false),
                  )
                }
              >
                {t('team.disconnectYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('team.cancel')}
              </button>{' '}
              <WriteFailure write={write} />
            </span>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('team.disconnect')}
            </button>
          )}
        </p>
      )}
      {connected && working && <TeamPackSection />}
    </section>
  );
}

// The route loads this page on demand (App.tsx), so the first screen does not carry it.
export default TeamPage;
