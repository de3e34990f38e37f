import type { SafeStorage } from 'electron';
import { serverOrigin, teamCredentialsSchema, type TeamCredentials } from '../../shared/team/connection';

export interface CredentialDeps {
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
    getSelectedStorageBackend?: () => string;
  };
  fs: {
    readFile: (file: string) => Promise<Uint8Array>;
    writeFile: (file: string, data: Uint8Array) => Promise<void>;
    rm: (file: string) => Promise<void>;
  };
  /** In the user-data folder, e.g. team-credentials.bin. */
  file: string;
}

/**
 * The team connection and its password, kept by Electron's safeStorage (the OS keychain,
 * DPAPI, or the desktop's secret service): only ciphertext reaches the disk. Where the OS offers
 * no real encryption (Linux without a secret service, where Electron falls back to a fixed key),
 * nothing is written and the password lasts for this session only, as in the browser build.
 */
export function createCredentialStore({ safeStorage, fs, file }: CredentialDeps) {
  let current: TeamCredentials | null = null;
  const encryptionIsReal = () =>
    safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text';

  return {
    /** Reads the saved connection once at start-up; anything unreadable counts as none. */
    async load(): Promise<TeamCredentials | null> {
      if (current) return current;
      if (!encryptionIsReal()) return null;
      try {
        const cipher = await fs.readFile(file);
        const parsed = teamCredentialsSchema.safeParse(
          JSON.parse(safeStorage.decryptString(Buffer.from(cipher))),
        );
        current = parsed.success ? parsed.data : null;
      } catch {
        current = null;
      }
      return current;
    },

    async save(credentials: TeamCredentials): Promise<{ persisted: boolean }> {
      current = credentials;
      if (!encryptionIsReal()) {
        await fs.rm(file).catch(() => {});
        return { persisted: false };
      }
      await fs.writeFile(file, new Uint8Array(safeStorage.encryptString(JSON.stringify(credentials))));
      return { persisted: true };
    },

    async forget(): Promise<void> {
      current = null;
      await fs.rm(file).catch(() => {});
    },

    /** The one origin the CSP's connect-src and the request filter allow, or null. */
    teamOrigin(): string | null {
      return current ? serverOrigin(current.connection) : null;
    },
  };
}

export type CredentialStore = ReturnType<typeof createCredentialStore>;
