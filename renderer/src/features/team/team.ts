import { db } from '../../db/db';
import { shortlists } from '../../db/shortlists-repository';
import { getPlatform } from '../../platform/platform';
import { TeamSession } from './team-session';
import { publishTeamStatus, useTeamStatus } from './team-status-store';

/** The app's one team session. It opens nothing and requests nothing until a team is connected. */
export const teamSession = new TeamSession({
  database: db,
  shortlists,
  // Its own chunk, loaded only once a team is connected.
  loadPouchDB: () => import('./pouch').then((module) => module.BrowserPouchDB),
  localAdapter: 'idb',
  credentials: {
    load: () => getPlatform().teamCredentials.load(),
    save: (credentials) => getPlatform().teamCredentials.save(credentials),
    forget: () => getPlatform().teamCredentials.forget(),
  },
});

// Back online: replicate now rather than at the end of the back-off wait.
if (typeof window !== 'undefined')
  window.addEventListener('online', () => {
    if (teamSession.getStatus().state === 'offline') teamSession.resume().catch(() => {});
  });

teamSession.subscribe(() => publishTeamStatus(teamSession.getStatus()));

export { useTeamStatus };

/** Shared lists can be written now: a replica is open and the team's data is not newer than this app. */
export function useTeamWritable(): boolean {
  const { state } = useTeamStatus();
  return state !== 'off' && state !== 'needs-update' && state !== 'removed';
}
