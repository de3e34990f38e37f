import { useId, useState, type FormEvent } from 'react';
import type { TeamConnection } from '../../../../shared/team/connection';
import { TEAM_DATABASE_PATTERN, parseServerUrl } from '../../../../shared/team/server-url';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n, type Translate } from '../../i18n/i18n';
import { teamSession } from './team';

/** Server URL, team database, user name and password; every field checked before anything is sent. */
export function ConnectForm({
  initial,
  passwordOnly,
  keptNote,
}: {
  initial: TeamConnection | null;
  passwordOnly: boolean;
  keptNote: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [serverUrl, setServerUrl] = useState(initial?.serverUrl ?? '');
  const [database, setDatabase] = useState(initial?.database ?? '');
  const [username, setUsername] = useState(initial?.username ?? '');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [reloading, setReloading] = useState(false);
  const write = useCheckedWrite();
  const busy = write.saving;

  const connectNow = async () => {
    const server = parseServerUrl(serverUrl);
    const connection = { serverUrl: server.ok ? server.url : serverUrl, database, username: username.trim() };
    if (passwordOnly) return teamSession.enterPassword(password);
    if ((await teamSession.connect(connection, password)) === 'reload') {
      // Electron serves the page again with the server's origin in its CSP.
      setReloading(true);
      window.location.reload();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = formProblems({ serverUrl, database, username, password }, t);
    setProblems(found);
    if (found.length) return;
    write.run(connectNow);
    // The password leaves the form's state as soon as it is handed on.
    setPassword('');
  };
  return (
    <form className="team-form" onSubmit={submit} noValidate>
      {passwordOnly && <p className="help">{t('team.enterPassword')}</p>}
      <label htmlFor={`${id}-url`}>{t('team.serverUrl')}</label>
      <input
        id={`${id}-url`}
        type="url"
        value={serverUrl}
        disabled={passwordOnly}
        onChange={(e) => setServerUrl(e.target.value)}
        aria-describedby={`${id}-url-help`}
        autoComplete="url"
        spellCheck={false}
      />
      <p id={`${id}-url-help`} className="help">
        {t('team.serverUrlHelp')}
      </p>
      <label htmlFor={`${id}-db`}>{t('team.database')}</label>
      <input
        id={`${id}-db`}
        value={database}
        disabled={passwordOnly}
        onChange={(e) => setDatabase(e.target.value)}
        aria-describedby={`${id}-db-help`}
        spellCheck={false}
        autoCapitalize="none"
      />
      <p id={`${id}-db-help`} className="help">
        {t('team.databaseHelp')}
      </p>
      <label htmlFor={`${id}-user`}>{t('team.username')}</label>
      <input
        id={`${id}-user`}
        value={username}
        disabled={passwordOnly}
        onChange={(e) => setUsername(e.target.value)}
        autoComplete="username"
        autoCapitalize="none"
      />
      <label htmlFor={`${id}-password`}>{t('team.password')}</label>
      <input
        id={`${id}-password`}
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        aria-describedby={`${id}-kept`}
      />
      <p id={`${id}-kept`} className="help">
        {keptNote}
      </p>
      {problems.length > 0 && (
        <ul role="alert" className="problem-list">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {reloading && <p role="status">{t('team.reloadNotice')}</p>}
      <p>
        <WriteFailure write={write} />
      </p>
      <p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('team.connecting') : passwordOnly ? t('team.reconnect') : t('team.connect')}
        </button>
      </p>
    </form>
  );
}

function formProblems(
  form: { serverUrl: string; database: string; username: string; password: string },
  t: Translate,
): string[] {
  const problems: string[] = [];
  const server = parseServerUrl(form.serverUrl);
  if (!server.ok) {
    const message =
      server.problem === 'tls-required' ? t('team.problem.tls-required') : t('team.problem.invalid-url');
    problems.push(t('team.formProblem.serverUrl', { message }));
  }
  if (!TEAM_DATABASE_PATTERN.test(form.database)) problems.push(t('team.formProblem.database'));
  if (!form.username.trim()) problems.push(t('team.formProblem.username'));
  if (!form.password) problems.push(t('team.formProblem.password'));
  return problems;
}
