// Validates the catalog in data/ (or CATALOG_DATA_DIR) against the shared zod schema and, where
// the seed documents exist (../shared/seeds/ or SEEDS_DIR), checks that every quote occurs in its
// seed file. Prints counts per record kind; exits 1 naming file, record and field of each problem.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECORD_KINDS } from '../../shared/catalog/catalog';
import { fileOfRecord } from '../../shared/catalog/catalog-files';
import { allSourceRefs, quoteOccursIn, validateCatalog } from '../../shared/catalog/validate';
import { readCatalogFiles } from './read-catalog-files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(process.env.CATALOG_DATA_DIR ?? path.join(root, 'data'));
const seedsDir = path.resolve(process.env.SEEDS_DIR ?? path.join(root, '..', 'shared', 'seeds'));
const problems: string[] = [];
const shown = (file: string) => path.relative(process.cwd(), path.join(dataDir, file)) || file;

const { data, problems: unreadable } = readCatalogFiles(dataDir);
problems.push(...unreadable.map((p) => path.join(path.relative(process.cwd(), dataDir), p)));

const result = problems.length ? null : validateCatalog(data);
if (result && !result.ok) {
  for (const p of result.problems)
    problems.push(`${shown(fileOfRecord(p.record))}: ${p.record} ${p.field}: ${p.message}`);
} else if (result?.ok) {
  const { catalog } = result;
  console.log(`catalog ${catalog.meta.catalogVersion} (as of ${catalog.meta.asOf})`);
  for (const kind of RECORD_KINDS) console.log(`  ${kind.padEnd(14)} ${catalog[kind].length}`);
  console.log(`  ${'sources'.padEnd(14)} ${catalog.sources.length}`);

  if (existsSync(seedsDir)) {
    const seedText = new Map<string, string>();
    let quotes = 0;
    for (const { record, path: field, ref } of allSourceRefs(catalog)) {
      quotes++;
      if (!seedText.has(ref.file)) {
        const file = path.join(seedsDir, ref.file);
        seedText.set(ref.file, existsSync(file) ? readFileSync(file, 'utf8') : '');
      }
      if (!quoteOccursIn(seedText.get(ref.file)!, ref.quote)) {
        problems.push(
          `${shown(fileOfRecord(record))}: ${record} ${field}.quote: not found in ${ref.file}: "${ref.quote}"`,
        );
      }
    }
    console.log(`  quotes checked against ${seedsDir}: ${quotes}`);
  } else {
    console.log(`  quotes: SKIPPED, seed documents not found at ${seedsDir}`);
  }
}

if (problems.length) {
  console.error(`catalog:check found ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('catalog:check passed');
