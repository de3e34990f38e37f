/** Checked against a pack's size before anything is read: a national catalog of 100,000 programs is ~140 MB. */
export const MAX_PACK_BYTES = 200 * 1024 * 1024;
/** More records than any real catalog: a million-item array is refused before validation. */
export const MAX_RECORDS_PER_KIND = 300_000;
