/**
 * One Content-Security-Policy for the app: the main process sends it as a header on every
 * app:// response and the Vite build writes it into index.html, so the plain-web build is
 * held to the same rule. No remote origin anywhere: the app never touches the network.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

/**
 * The same policy with a connected team server's origin (issue 18) added to `connect-src`, and
 * nothing else: replication may reach that one origin, every other request stays refused.
 */
export function contentSecurityPolicy(teamOrigin: string | null): string {
  // An origin only (scheme, host, port): nothing that could end the directive or add a source.
  if (teamOrigin !== null && !/^https?:\/\/[a-z0-9.\-[\]:]+$/i.test(teamOrigin))
    throw new Error('team origin is not a plain origin');
  const connect = teamOrigin ? `connect-src 'self' ${teamOrigin}` : "connect-src 'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    connect,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}
