// Validates data/ against the shared zod schema and, where ../shared/seeds/ exists, checks that
// every quote really occurs in its seed file. Prints counts per record kind; exits 1 on any problem.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectSourceRefs, quoteOccursIn, validateCatalog } from '../../shared/catalog/validate';
import { embeddedCatalogData } from '../../data/embedded';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = process.env.SEEDS_DIR ?? path.resolve(root, '..', 'shared', 'seeds');
const problems: string[] = [];

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) {
  for (const p of result.problems) problems.push(`data/: ${p.record} ${p.field}: ${p.message}`);
} else {
  const { catalog } = result;
  console.log(`catalog ${catalog.meta.catalogVersion} (as of ${catalog.meta.asOf})`);
  console.log(`  programs: ${catalog.programs.length}`);
  console.log(`  sources:  ${catalog.sources.length}`);

  if (existsSync(seedsDir)) {
    const seedText = new Map<string, string>();
    let quotes = 0;
    for (const program of catalog.programs) {
      for (const { path: field, ref } of collectSourceRefs(program)) {
        quotes++;
        const file = path.join(seedsDir, ref.file);
        if (!seedText.has(ref.file)) {
          seedText.set(ref.file, existsSync(file) ? readFileSync(file, 'utf8') : '');
        }
        if (!quoteOccursIn(seedText.get(ref.file)!, ref.quote)) {
          problems.push(
            `data/programs.json: programs/${program.id} ${field}.quote: not found in ${ref.file}: "${ref.quote}"`,
          );
        }
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
