// npm run catalog:verify -- <pack> [--trust <public key file>]...
// Checks a pack as the app does before installing it: signed, by a trusted key (the app's own
// keys, the --trust files, or a key a rotation statement in the pack hands over to), signature
// over the manifest intact, not expired, the catalog bytes the signed ones, the catalog valid.
// Exit 0 and the publisher's key id and the version; otherwise non-zero and the reason.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { APP_VERSION } from '../../shared/app-version';
import { readCatalogPack } from '../../shared/catalog/catalog-pack';
import { readPublisherKey, type PublisherKey } from '../../shared/signing/publisher-key';
import { SHIPPED_KEYS } from '../../shared/signing/trusted-keys';
import { runCli, type CliIo } from './cli-io';
import { CliError } from './signing-key';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { trust: { type: 'string', multiple: true, default: [] } },
  });
  if (positionals.length !== 1)
    throw new CliError('Usage: npm run catalog:verify -- <pack> [--trust <public key file>]...', 2);
  const keys: PublisherKey[] = [...SHIPPED_KEYS];
  for (const file of values.trust) {
    const read = await readPublisherKey(readFileSync(file, 'utf8'));
    if (!read.ok)
      throw new CliError(
        `${file} is not a publisher key file${read.problem === 'key-id-mismatch' ? ' (its key id does not match its key)' : ''}`,
        2,
      );
    keys.push(read.key);
  }
  const file = positionals[0]!;
  const read = await readCatalogPack(path.basename(file), new Uint8Array(readFileSync(file)), {
    keys,
    now: io.now(),
    appVersion: APP_VERSION,
  });
  if (!read.ok) {
    const [first, ...more] = read.problems;
    io.err(`catalog:verify: REFUSED ${file}: ${first!.kind}: ${first!.message}`);
    for (const p of more.slice(0, 20)) io.err(`  ${p.record} ${p.field}: ${p.message}`);
    return 1;
  }
  const { catalog, signature } = read;
  io.out(
    `catalog:verify: OK ${file}: catalog ${catalog.meta.catalogVersion} (${catalog.programs.length} programs), signed by ${signature.publisher}, key ${signature.keyId}, on ${signature.created}, valid until ${signature.expires}`,
  );
  return 0;
}

await runCli(import.meta.url, 'catalog:verify', main);
