import { z } from 'zod';
import { fromBase64, toBase64, utf8 } from './bytes';
import { keyIdOf, publisherKeySchema, verifyEd25519, type PublisherKey, type Signer } from './publisher-key';

export const ROTATION_FORMAT = 'shien-menu-navi/key-rotation';

/** "From now on, `to` signs in my place", signed by the `from` key. */
export const rotationStatementSchema = z.strictObject({
  format: z.literal(ROTATION_FORMAT),
  from: z.string().regex(/^[0-9a-f]{16}$/),
  to: publisherKeySchema,
  created: z.iso.datetime(),
});
export type RotationStatement = z.infer<typeof rotationStatementSchema>;

/** As it travels (in a pack's header and as a file beside the new key): the statement's exact text and its signature. */
export const signedRotationSchema = z.strictObject({
  statement: z.string().min(1).max(4000),
  signature: z.string().min(1).max(200),
});
export type SignedRotation = z.infer<typeof signedRotationSchema>;

export async function signRotation(
  oldKey: Signer,
  newKey: PublisherKey,
  created: Date,
): Promise<SignedRotation> {
  const statement: RotationStatement = {
    format: ROTATION_FORMAT,
    from: oldKey.keyId,
    to: newKey,
    created: created.toISOString(),
  };
  const text = JSON.stringify(statement);
  return { statement: text, signature: toBase64(await oldKey.sign(utf8(text))) };
}

/**
 * The keys a pack's signer can be trusted through: the trusted keys, extended by each rotation
 * statement (in order) whose signature verifies with a key already trusted. A statement that
 * does not verify extends nothing.
 */
export async function extendTrust(
  trusted: readonly PublisherKey[],
  rotations: readonly SignedRotation[],
): Promise<PublisherKey[]> {
  const keys = [...trusted];
  for (const rotation of rotations) {
    let statement: RotationStatement;
    try {
      const parsed = rotationStatementSchema.safeParse(JSON.parse(rotation.statement));
      if (!parsed.success) continue;
      statement = parsed.data;
    } catch {
      continue;
    }
    const signer = keys.find((k) => k.keyId === statement.from);
    const signature = fromBase64(rotation.signature);
    if (!signer || !signature) continue;
    if (!(await verifyEd25519(signer, signature, utf8(rotation.statement)))) continue;
    const newKey = fromBase64(statement.to.publicKey);
    if (!newKey || (await keyIdOf(newKey)) !== statement.to.keyId) continue;
    if (!keys.some((k) => k.keyId === statement.to.keyId)) keys.push(statement.to);
  }
  return keys;
}
