// npm run catalog:pack [-- --out <file>]: the catalog in data/ as one checksummed pack file, the
// file a maintainer hands colleagues to load with カタログ更新 in the app.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { embeddedCatalogData } from '../../data/embedded';
import { writeCatalogPack } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const result = validateCatalog(embeddedCatalogData);
if (!result.ok) {
  for (const p of result.problems) console.error(`${p.record} ${p.field}: ${p.message}`);
  console.error('catalog:pack: data/ is not valid; run npm run catalog:check');
  process.exit(1);
}
const pack = await writeCatalogPack(result.catalog);
const out = values.out ?? path.join('dist-catalog', `catalog-${result.catalog.meta.catalogVersion}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, pack);
console.log(
  `catalog:pack: ${out} (catalog ${result.catalog.meta.catalogVersion}, as of ${result.catalog.meta.asOf}, ${result.catalog.programs.length} programs, ${(pack.length / 1024).toFixed(0)} KB)`,
);
