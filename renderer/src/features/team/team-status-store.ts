import { useSyncExternalStore } from 'react';
import type { TeamStatus } from './team-session';

/**
 * The team status as the app shell reads it. The session (and PouchDB behind it) is loaded only
 * when a team is connected, so the footer line and the first screen read this small store instead
 * of importing the session; the session publishes every change here.
 */
export const TEAM_OFF: TeamStatus = {
  state: 'off',
  connection: null,
  problem: null,
  lastSyncedAt: null,
  unreadable: 0,
  denied: 0,
};

let current: TeamStatus = TEAM_OFF;
const listeners = new Set<() => void>();

export function publishTeamStatus(status: TeamStatus): void {
  current = status;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useTeamStatus(): TeamStatus {
  return useSyncExternalStore(subscribe, () => current);
}
