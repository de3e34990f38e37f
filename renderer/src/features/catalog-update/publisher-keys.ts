import { z } from 'zod';
import { publisherKeySchema, type PublisherKey } from '../../../../shared/signing/publisher-key';
import { SHIPPED_KEYS } from '../../../../shared/signing/trusted-keys';

/**
 * Publisher keys the user added (an organisation that publishes its own catalog), kept as a user
 * setting beside the UI language. The keys the app ships are always trusted and cannot be removed.
 */
const STORAGE_KEY = 'shien-navi.publisherKeys';

export function addedPublisherKeys(): PublisherKey[] {
  try {
    const parsed = z
      .array(publisherKeySchema)
      .safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function saveAddedPublisherKeys(keys: PublisherKey[]): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
}

/** Every key a pack may be signed with: the shipped ones first, then the user's. */
export function trustedPublisherKeys(): PublisherKey[] {
  const shipped = SHIPPED_KEYS.map(({ role: _role, ...key }) => key);
  return [...shipped, ...addedPublisherKeys().filter((k) => !shipped.some((s) => s.keyId === k.keyId))];
}
