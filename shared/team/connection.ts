import { z } from 'zod';
import { TEAM_DATABASE_PATTERN, parseServerUrl } from './server-url';

/**
 * Which team this copy of the app is connected to. Not secret: kept in the app's own database
 * (and, in Electron, by the main process, which names the server's origin in the CSP).
 */
export const teamConnectionSchema = z.strictObject({
  serverUrl: z
    .string()
    .max(500)
    .refine((url) => parseServerUrl(url).ok, 'not an allowed team server URL'),
  database: z.string().regex(TEAM_DATABASE_PATTERN),
  username: z.string().min(1).max(200),
});
export type TeamConnection = z.infer<typeof teamConnectionSchema>;

/** The password travels only with a connection, to the credential store and to the server. */
export const teamCredentialsSchema = z.strictObject({
  connection: teamConnectionSchema,
  password: z.string().min(1).max(500),
});
export type TeamCredentials = z.infer<typeof teamCredentialsSchema>;

/** The team database's URL: the server URL (which may carry a reverse-proxy path) plus the name. */
export function databaseUrl(connection: TeamConnection): string {
  const server = parseServerUrl(connection.serverUrl);
  if (!server.ok) throw new Error(`team server URL refused: ${server.problem}`);
  return `${server.url}${encodeURIComponent(connection.database)}`;
}

export function serverOrigin(connection: TeamConnection): string | null {
  const server = parseServerUrl(connection.serverUrl);
  return server.ok ? server.origin : null;
}
