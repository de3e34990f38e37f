// npm run catalog:pack -- --key <private key file> [--from <file>] [--out <file>] [--valid-days <n>]
//                         [--min-app-version <x.y.z>] [--table xlsx|csv]
// Writes a signed catalog pack, the file a maintainer hands colleagues to load with カタログ更新.
// The catalog is data/, or --from: a pack the app exported (カタログパックを書き出す, e.g. after a
// local edit from Excel), an older pack to re-sign, or a program table (.xlsx / .csv) whose other
// records come from data/. A rotation statement beside the key (from catalog:keygen --rotate-from)
// travels in the pack. --table also writes the catalog's programs as the table edited in Excel;
// --table alone (without --key) writes only that table.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { embeddedCatalogData } from '../../data/embedded';
import { APP_VERSION } from '../../shared/app-version';
import type { Catalog } from '../../shared/catalog/catalog';
import { readPackContentForSigning, writeSignedPack } from '../../shared/catalog/catalog-pack';
import { validateCatalog } from '../../shared/catalog/validate';
import { catalogToTable } from '../../shared/catalog-table/program-table';
import { isTableFile, readTableFile } from '../../shared/catalog-table/read-table-file';
import { toCsv } from '../../shared/export/csv';
import { toXlsx } from '../../shared/export/xlsx';
import { signedRotationSchema } from '../../shared/signing/rotation';
import { runCli, type CliIo } from './cli-io';
import { askPassphrase, CliError, isEncryptedPem, loadPrivateKey, signerOf } from './signing-key';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      key: { type: 'string' },
      from: { type: 'string' },
      out: { type: 'string' },
      table: { type: 'string' },
      'valid-days': { type: 'string', default: '365' },
      'min-app-version': { type: 'string', default: APP_VERSION },
    },
  });
  if (values.table !== undefined && values.table !== 'xlsx' && values.table !== 'csv')
    throw new CliError(`--table must be xlsx or csv, not "${values.table}"`, 2);
  if (!values.key && !values.table)
    throw new CliError(
      '--key <private key file> is required to sign a pack (npm run catalog:keygen makes one)',
      2,
    );
  const validDays = Number(values['valid-days']);
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > 3650)
    throw new CliError('--valid-days must be a whole number of days from 1 to 3650', 2);
  if (!/^\d+\.\d+\.\d+$/.test(values['min-app-version']))
    throw new CliError('--min-app-version must look like 0.1.0', 2);

  const catalog = await readSource(values.from, io);
  const out = values.out ?? path.join('dist-catalog', `catalog-${catalog.meta.catalogVersion}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  if (values.key) {
    const pem = readFileSync(values.key, 'utf8');
    const privateKey = loadPrivateKey(
      pem,
      isEncryptedPem(pem)
        ? await askPassphrase(io.env, `Passphrase of ${path.basename(values.key)}: `)
        : undefined,
    );
    const signer = await signerOf(privateKey);
    const rotationFile = values.key.replace(/\.key\.pem$/, '') + '.rotation.json';
    const rotations = existsSync(rotationFile)
      ? [signedRotationSchema.parse(JSON.parse(readFileSync(rotationFile, 'utf8')))]
      : [];
    const created = io.now();
    const pack = await writeSignedPack(catalog, signer, {
      created,
      expires: new Date(created.getTime() + validDays * DAY_MS),
      minAppVersion: values['min-app-version'],
      rotations,
    });
    writeFileSync(out, pack);
    io.out(
      `catalog:pack: ${out} (catalog ${catalog.meta.catalogVersion}, as of ${catalog.meta.asOf}, ${catalog.programs.length} programs, ${(Buffer.byteLength(pack) / 1024).toFixed(0)} KB)`,
    );
    io.out(
      `  signed with key ${signer.keyId}, valid for ${validDays} days${rotations.length ? `, with the rotation statement ${rotationFile}` : ''}`,
    );
  }
  if (values.table) {
    const table = catalogToTable(catalog);
    const tableOut = out.replace(/\.json$/, '') + `.${values.table}`;
    writeFileSync(tableOut, values.table === 'csv' ? toCsv(table) : await toXlsx(table, 'プログラム'));
    io.out(`catalog:pack: ${tableOut} (program table, ${catalog.programs.length} rows)`);
  }
  return 0;
}

/** data/, or the catalog in --from, checked as the app checks it: a broken catalog is never signed. */
async function readSource(from: string | undefined, io: CliIo): Promise<Catalog> {
  const report = (
    problems: { record: string; field: string; message: string; row?: number; column?: string }[],
  ) => {
    for (const p of problems.slice(0, 20))
      io.err(
        p.row !== undefined
          ? `row ${p.row} ${p.column ?? ''}: ${p.message}`
          : `${p.record} ${p.field}: ${p.message}`,
      );
  };
  const embedded = validateCatalog(embeddedCatalogData);
  if (!embedded.ok) {
    report(embedded.problems);
    throw new CliError('data/ is not valid; run npm run catalog:check');
  }
  if (!from) return embedded.catalog;
  const bytes = new Uint8Array(readFileSync(from));
  const read = isTableFile(from)
    ? await readTableFile(path.basename(from), bytes, embedded.catalog)
    : readPackContentForSigning(bytes);
  if (!read.ok) {
    report(read.problems);
    throw new CliError(`${from} is not a valid catalog; nothing was written`);
  }
  return read.catalog;
}

await runCli(import.meta.url, 'catalog:pack', main);
