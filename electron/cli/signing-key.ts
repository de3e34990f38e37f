// The private side of catalog signing, for the maintainer's commands only: the app never holds a
// private key. Keys are Ed25519 in PKCS#8 PEM (readable by OpenSSL), encrypted with a passphrase
// unless the maintainer chose otherwise.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { keyIdOf, type Signer } from '../../shared/signing/publisher-key';

export const PASSPHRASE_ENV = 'CATALOG_KEY_PASSPHRASE';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function generateSigningKey(): KeyObject {
  return generateKeyPairSync('ed25519').privateKey;
}

export function rawPublicKey(privateKey: KeyObject): Uint8Array<ArrayBuffer> {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.x!, 'base64url'));
}

export function privateKeyPem(privateKey: KeyObject, passphrase: string | null): string {
  return privateKey
    .export(
      passphrase
        ? { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }
        : { type: 'pkcs8', format: 'pem' },
    )
    .toString();
}

export function loadPrivateKey(pem: string, passphrase: string | undefined): KeyObject {
  try {
    const key = createPrivateKey(passphrase === undefined ? { key: pem } : { key: pem, passphrase });
    if (key.asymmetricKeyType !== 'ed25519')
      throw new CliError('the key file does not hold an Ed25519 private key');
    return key;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      pem.includes('ENCRYPTED')
        ? 'cannot open the private key: wrong passphrase'
        : 'cannot read the private key file (expected an Ed25519 PKCS#8 PEM file from npm run catalog:keygen)',
    );
  }
}

export async function signerOf(privateKey: KeyObject): Promise<Signer> {
  return {
    keyId: await keyIdOf(rawPublicKey(privateKey)),
    sign: async (message) => new Uint8Array(sign(null, message, privateKey)),
  };
}

export const isEncryptedPem = (pem: string) => pem.includes('BEGIN ENCRYPTED PRIVATE KEY');

/** The passphrase from the environment (scripts, tests) or typed on the terminal, never echoed. */
export async function askPassphrase(env: NodeJS.ProcessEnv, prompt: string): Promise<string> {
  const fromEnv = env[PASSPHRASE_ENV];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY)
    throw new CliError(`the key needs a passphrase: type it on a terminal or set ${PASSPHRASE_ENV}`, 2);
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      rl.question(prompt, (answer) => {
        process.stderr.write('\n');
        resolve(answer);
      });
      muted = true;
    });
  } finally {
    rl.close();
  }
}

/** A private key must never land in a repository: refuse a folder inside a git work tree. */
export function insideGitWorkTree(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** The files keygen writes, named by key id so keys never overwrite each other. */
export const keyFileNames = (keyId: string) => ({
  privateKey: `catalog-signing-${keyId}.key.pem`,
  publicKey: `catalog-signing-${keyId}.pub.json`,
  rotation: `catalog-signing-${keyId}.rotation.json`,
});
