import { z } from 'zod';
import trustedKeysFile from './trusted-keys.json' with { type: 'json' };
import { publisherKeySchema, type PublisherKey } from './publisher-key';

/**
 * The publisher keys this app trusts out of the box (trusted-keys.json, reviewed like code): the
 * project's current signing key and the next one, so a lost or retired current key is replaced
 * without an app update. A key beyond these is trusted through a rotation statement signed by one
 * of them, or because the user added it (an organisation publishing its own catalog).
 */
export const SHIPPED_KEYS: readonly (PublisherKey & { role: 'current' | 'next' })[] = z
  .strictObject({
    $comment: z.string(),
    keys: z.array(publisherKeySchema.extend({ role: z.enum(['current', 'next']) })).min(1),
  })
  .parse(trustedKeysFile).keys;
