import { compareCatalogVersions } from './catalog';

/**
 * The version a local edit installs as, proposed by the app so a maintainer never has to know the
 * rule: the table's own version if it is already newer than the installed one, else today's
 * first version (2026.12.02-1), else the installed version's next number on the same day.
 */
export function proposeLocalVersion(installed: string, fromTable: string, today: Date): string {
  if (compareCatalogVersions(fromTable, installed) > 0) return fromTable;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${today.getFullYear()}.${pad(today.getMonth() + 1)}.${pad(today.getDate())}`;
  const [installedDate, installedNumber] = installed.split('-') as [string, string];
  if (compareCatalogVersions(`${date}-1`, installed) > 0) return `${date}-1`;
  return `${installedDate}-${Number(installedNumber) + 1}`;
}

export const isCatalogVersion = (text: string) => /^\d{4}\.\d{2}\.\d{2}-\d+$/.test(text);
