import { formatBytes } from '../../../shared/format/sizes';
import type { NoRoom } from '../db/storage-space';
import type { Locale, Translate } from './i18n';

/** "…this needs about 28 MB free, and about 3 MB is available": sizes in words, never byte counts. */
export function noRoomText(room: NoRoom, t: Translate, locale: Locale): string {
  const needed = formatBytes(room.needed, locale);
  return room.available === null
    ? t('room.short', { needed })
    : t('room.shortOf', { needed, available: formatBytes(room.available, locale) });
}
