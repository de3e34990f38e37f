/**
 * IPC channel names. Kept apart from the zod schemas so the sandboxed preload bundle
 * carries only these strings.
 */
export const IPC = {
  openFileForImport: 'file:open-for-import',
  saveExport: 'file:save-export',
  printToPdf: 'print:to-pdf',
  openExternal: 'link:open-external',
  appVersion: 'app:version',
  /** Automatic backups of the user's data (electron/main/backup.ts): save one, read the newest. */
  backup: 'user-data:backup',
  teamLoadCredentials: 'team:load-credentials',
  teamSaveCredentials: 'team:save-credentials',
  teamForgetCredentials: 'team:forget-credentials',
} as const;
