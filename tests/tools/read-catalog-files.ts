// Reads the catalog's JSON files from a folder, as Node tools and Playwright tests need them
// (the app itself imports them through data/embedded.ts at build time).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOG_FILES } from '../../shared/catalog/catalog-files';

export function readCatalogFiles(dataDir: string): { data: Record<string, unknown>; problems: string[] } {
  const data: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [part, file] of Object.entries(CATALOG_FILES)) {
    try {
      data[part] = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: cannot be read as JSON: ${(error as Error).message}`);
    }
  }
  return { data, problems };
}
