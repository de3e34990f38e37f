import type { Catalog } from './catalog';

/** Which file in data/ holds each part of the catalog. */
export const CATALOG_FILES: Record<keyof Catalog, string> = {
  meta: 'meta.json',
  sources: 'sources.json',
  programs: 'programs.json',
  communities: 'communities.json',
  marketDomains: 'market-domains.json',
  frameworks: 'frameworks.json',
};

/** "programs/coi-next" → "programs.json"; problems outside any part name the whole data folder. */
export function fileOfRecord(record: string): string {
  const part = record.split(/[/[]/)[0] as keyof Catalog;
  return CATALOG_FILES[part] ?? '(catalog)';
}
