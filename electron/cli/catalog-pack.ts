// npm run catalog:pack [-- --out <file>] [-- --table xlsx|csv]: the catalog in data/ as one
// checksummed pack file, the file a maintainer hands colleagues to load with カタログ更新 in the
// app; with --table, also its programs as the table a maintainer edits in Excel.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { embeddedCatalogData } from '../../data/embedded';
import { writeCatalogPack } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';
import { catalogToTable } from '../../shared/catalog-table/program-table';
import { toCsv } from '../../shared/export/csv';
import { toXlsx } from '../../shared/export/xlsx';

const { values } = parseArgs({ options: { out: { type: 'string' }, table: { type: 'string' } } });
if (values.table !== undefined && values.table !== 'xlsx' && values.table !== 'csv') {
  console.error(`catalog:pack: --table must be xlsx or csv, not "${values.table}"`);
  process.exit(2);
}
const result = validateCatalog(embeddedCatalogData);
if (!result.ok) {
  for (const p of result.problems) console.error(`${p.record} ${p.field}: ${p.message}`);
  console.error('catalog:pack: data/ is not valid; run npm run catalog:check');
  process.exit(1);
}
const { catalog } = result;
const pack = await writeCatalogPack(catalog);
const out = values.out ?? path.join('dist-catalog', `catalog-${catalog.meta.catalogVersion}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, pack);
console.log(
  `catalog:pack: ${out} (catalog ${catalog.meta.catalogVersion}, as of ${catalog.meta.asOf}, ${catalog.programs.length} programs, ${(pack.length / 1024).toFixed(0)} KB)`,
);
if (values.table) {
  const table = catalogToTable(catalog);
  const tableOut = out.replace(/\.json$/, '') + `.${values.table}`;
  writeFileSync(tableOut, values.table === 'csv' ? toCsv(table) : await toXlsx(table, 'プログラム'));
  console.log(`catalog:pack: ${tableOut} (program table, ${catalog.programs.length} rows)`);
}
