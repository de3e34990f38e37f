// npm run catalog:check [-- --data <dir>] [--seeds <dir>] [--skip-quotes]
// Validates the catalog in data/ against the shared zod schema and checks that every quote occurs
// in its seed document (../shared/seeds/). Prints counts per record kind; exits 1 naming file,
// record and field of each problem. Without the seed documents it fails: a catalog whose quotes
// were never checked is not a checked catalog. --skip-quotes checks the schema only, on purpose.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RECORD_KINDS } from '../../shared/catalog/catalog';
import { fileOfRecord } from '../../shared/catalog/catalog-files';
import { allSourceRefs, quoteOccursIn, validateCatalog } from '../../shared/catalog/validate';
import { readCatalogFiles } from './read-catalog-files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** The whole check; returns the exit code. Called in process by the tests. */
export function main(argv: string[], output: Output = console): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: path.join(root, 'data') },
        seeds: { type: 'string', default: path.join(root, '..', 'shared', 'seeds') },
        'skip-quotes': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    output.error(`catalog:check: ${(error as Error).message}`);
    output.error('usage: npm run catalog:check -- [--data <dir>] [--seeds <dir>] [--skip-quotes]');
    return 2;
  }
  const dataDir = path.resolve(values.data);
  const seedsDir = path.resolve(values.seeds);
  const shown = (file: string) => path.relative(process.cwd(), path.join(dataDir, file)) || file;
  const problems: string[] = [];

  const { data, problems: unreadable } = readCatalogFiles(dataDir);
  problems.push(...unreadable.map((p) => path.join(path.relative(process.cwd(), dataDir), p)));

  const result = problems.length ? null : validateCatalog(data);
  if (result && !result.ok) {
    for (const p of result.problems)
      problems.push(`${shown(fileOfRecord(p.record))}: ${p.record} ${p.field}: ${p.message}`);
  } else if (result?.ok) {
    const { catalog } = result;
    output.log(`catalog ${catalog.meta.catalogVersion} (as of ${catalog.meta.asOf})`);
    for (const kind of RECORD_KINDS) output.log(`  ${kind.padEnd(14)} ${catalog[kind].length}`);
    output.log(`  ${'sources'.padEnd(14)} ${catalog.sources.length}`);

    if (values['skip-quotes']) {
      output.log('  quotes: not checked (--skip-quotes)');
    } else if (!existsSync(seedsDir)) {
      problems.push(
        `seed documents not found at ${seedsDir}: the quotes cannot be checked. ` +
          'Put the seed documents there, point --seeds at them, or pass --skip-quotes to check the schema only.',
      );
    } else {
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
      output.log(`  quotes checked against ${seedsDir}: ${quotes}`);
    }
  }

  if (problems.length) {
    output.error(`catalog:check found ${problems.length} problem(s):`);
    for (const p of problems) output.error(`  ${p}`);
    return 1;
  }
  output.log('catalog:check passed');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
