import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

/** Where a link that asked for a new window goes instead: the checked link opener. */
export type ExternalLinkHandler = (url: string, contents: WebContents) => void;

/** Any URL the renderer may load: its own app:// origin, plus data/blob URLs it creates itself. */
export function isAppOwnUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
    return isAppUrl(url);
  } catch {
    return false;
  }
}

/**
 * Every web contents, present and future: no navigation away, no redirects, no <webview>,
 * no new windows (a link that asks for one goes to the OS if it is safe).
 */
export function guardWebContents(contents: WebContents, onExternalLink: ExternalLinkHandler): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    onExternalLink(url, contents);
    return { action: 'deny' };
  });
}

export function installWebContentsGuards(app: Pick<App, 'on'>, onExternalLink: ExternalLinkHandler): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, onExternalLink));
}

/** No camera, location, notifications...: the app needs none, so every request is refused. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * The app makes no network request unless the user connects a team server, and then only to
 * that origin: anything else that is not the app's own origin (or devtools, in development) is
 * cancelled before it leaves the machine.
 */
export function blockNetworkRequests(
  session: Pick<Session, 'webRequest'>,
  teamOrigin: () => string | null = () => null,
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppOwnUrl(details.url) ||
      details.url.startsWith('devtools://') ||
      isTeamUrl(details.url, teamOrigin());
    callback({ cancel: !allowed });
  });
}

function isTeamUrl(raw: string, origin: string | null): boolean {
  if (!origin) return false;
  try {
    return new URL(raw).origin === origin;
  } catch {
    return false;
  }
}
