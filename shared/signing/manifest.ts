import { z } from 'zod';

export const MANIFEST_FORMAT = 'shien-menu-navi/catalog-manifest';

/**
 * What a publisher signs: which catalog, when, until when, and the SHA-256 and size of the
 * catalog's bytes exactly as they follow the pack's header. The signature is over the manifest's
 * own bytes as written in the pack, so nothing is re-serialised before verifying.
 */
export const manifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  catalogVersion: z.string().regex(/^\d{4}\.\d{2}\.\d{2}-\d+$/),
  created: z.iso.datetime(),
  expires: z.iso.datetime(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  /** The oldest app that may install it (a catalog may use fields an older app does not know). */
  minAppVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** "0.10.0" > "0.9.3": compared part by part as numbers. */
export function compareAppVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
