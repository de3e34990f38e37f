// npm run catalog:keygen -- --out <dir> --publisher <name> [--rotate-from <old private key>] [--no-passphrase]
// A new Ed25519 key pair for signing catalog packs. The private key goes to <dir> (outside every
// repository; the command refuses a folder inside one), encrypted with a passphrase; the public
// key beside it is what the app trusts (shared/signing/trusted-keys.json, or added by a user).
// With --rotate-from, the old key also signs a statement that the new key replaces it.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { publisherKeyFor } from '../../shared/signing/publisher-key';
import { signRotation } from '../../shared/signing/rotation';
import {
  askPassphrase,
  CliError,
  generateSigningKey,
  insideGitWorkTree,
  isEncryptedPem,
  keyFileNames,
  loadPrivateKey,
  privateKeyPem,
  rawPublicKey,
  signerOf,
} from './signing-key';
import { runCli, type CliIo } from './cli-io';

const USAGE =
  'Usage: npm run catalog:keygen -- --out <dir outside the repository> --publisher <name> [--rotate-from <old key.pem>] [--no-passphrase]';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      publisher: { type: 'string' },
      'rotate-from': { type: 'string' },
      'no-passphrase': { type: 'boolean', default: false },
    },
  });
  if (!values.out || !values.publisher) throw new CliError(`${USAGE}\n--out and --publisher are required`, 2);
  const repository = insideGitWorkTree(values.out);
  if (repository)
    throw new CliError(
      `refusing to write a private key inside the repository ${repository}: choose a folder outside it (an offline, backed-up drive)`,
      2,
    );
  let passphrase: string | null = null;
  if (!values['no-passphrase']) {
    passphrase = await askPassphrase(io.env, 'Passphrase for the new key: ');
    if (
      io.env.CATALOG_KEY_PASSPHRASE === undefined &&
      (await askPassphrase(io.env, 'Again: ')) !== passphrase
    )
      throw new CliError('the two passphrases differ', 2);
    if (passphrase.length < 8) throw new CliError('use a passphrase of at least 8 characters', 2);
  }
  const oldKey = values['rotate-from'] ? await openOldKey(values['rotate-from'], io) : null;

  const privateKey = generateSigningKey();
  const publicKey = await publisherKeyFor(rawPublicKey(privateKey), values.publisher, io.now());
  const names = keyFileNames(publicKey.keyId);
  mkdirSync(values.out, { recursive: true });
  const privatePath = path.join(values.out, names.privateKey);
  writeFileSync(privatePath, privateKeyPem(privateKey, passphrase), { mode: 0o600 });
  chmodSync(privatePath, 0o600);
  const publicPath = path.join(values.out, names.publicKey);
  writeFileSync(publicPath, `${JSON.stringify(publicKey, null, 2)}\n`);
  io.out(`catalog:keygen: key ${publicKey.keyId} for ${values.publisher}`);
  io.out(
    `  private key (keep offline, never in a repository): ${privatePath}${passphrase ? ' (passphrase-protected)' : ' (NOT encrypted)'}`,
  );
  io.out(`  public key (what the app trusts): ${publicPath}`);
  if (oldKey) {
    const rotation = await signRotation(await signerOf(oldKey), publicKey, io.now());
    const rotationPath = path.join(values.out, names.rotation);
    writeFileSync(rotationPath, `${JSON.stringify(rotation, null, 2)}\n`);
    io.out(`  rotation statement signed by the old key (catalog:pack includes it): ${rotationPath}`);
  }
  return 0;
}

async function openOldKey(file: string, io: CliIo) {
  const pem = readFileSync(file, 'utf8');
  return loadPrivateKey(
    pem,
    isEncryptedPem(pem)
      ? await askPassphrase(io.env, `Passphrase of the old key ${path.basename(file)}: `)
      : undefined,
  );
}

await runCli(import.meta.url, 'catalog:keygen', main);
