import { z } from 'zod';
import zodEnglish from 'zod/v4/locales/en.js';
import zodJapanese from 'zod/v4/locales/ja.js';
import type { Locale } from './i18n';

/** zod's messages about a user's file (a list, a catalog) come in the language of the UI. */
export function setZodLocale(locale: Locale): void {
  z.config(locale === 'ja' ? zodJapanese() : zodEnglish());
}
