import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ja, type MessageKey } from './messages-ja';
import { setZodLocale } from './zod-locale';

export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];
/** English is loaded when it is chosen: the first screen in Japanese does not carry its messages. */
const MESSAGES: Partial<Record<Locale, Record<MessageKey, string>>> = { ja };
export const LOCALE_STORAGE_KEY = 'shien-navi.locale';

export async function loadMessages(locale: Locale): Promise<void> {
  if (locale === 'en' && !MESSAGES.en) MESSAGES.en = (await import('./messages-en')).en;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  // Until a language's messages are loaded (the app loads them before it switches), Japanese.
  const template = (MESSAGES[locale] ?? ja)[key];
  return params
    ? template.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match))
    : template;
}

/** A message with an English singular: its key without the `.one` / `.other` ending. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

const PLURAL_RULES: Record<Locale, Intl.PluralRules> = {
  ja: new Intl.PluralRules('ja'),
  en: new Intl.PluralRules('en'),
};
const LIST_FORMATS: Record<Locale, Intl.ListFormat> = {
  ja: new Intl.ListFormat('ja', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
};

/** "1 program", "2 programs": the form Intl.PluralRules picks for the count (Japanese has one). */
export function translatePlural(
  locale: Locale,
  key: PluralKey,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const form = PLURAL_RULES[locale].select(count) === 'one' ? 'one' : 'other';
  return translate(locale, `${key}.${form}`, { count, ...params });
}

export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    if (stored === 'ja' || stored === 'en') return stored;
  } catch {
    // Storage may be blocked; Japanese is the default anyway.
  }
  return 'ja';
}

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** 100000 → "100,000": counts read in groups of three in both languages. */
  formatCount: (count: number) => string;
  /** A message whose words follow the count: "1 program", "2 programs". */
  tn: (key: PluralKey, count: number, params?: Record<string, string | number>) => string;
  /** A、B、C in Japanese; A, B, and C in English. */
  formatList: (items: string[]) => string;
}

// Made once: a list draws dozens of counts per keystroke and a formatter is costly to create.
const COUNT_FORMATS: Record<Locale, Intl.NumberFormat> = {
  ja: new Intl.NumberFormat('ja-JP'),
  en: new Intl.NumberFormat('en-US'),
};

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const wanted = initialLocale();
    return MESSAGES[wanted] ? wanted : 'ja';
  });
  useEffect(() => {
    document.documentElement.lang = locale;
    setZodLocale(locale);
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Not persisting the choice is better than failing the switch.
    }
    if (MESSAGES[next]) setLocaleState(next);
    else
      loadMessages(next).then(
        () => setLocaleState(next),
        (error: unknown) => console.error('The messages of the chosen language could not be loaded', error),
      );
  }, []);
  const value = useMemo<I18nValue>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      formatCount: (count) => COUNT_FORMATS[locale].format(count),
      tn: (key, count, params) => translatePlural(locale, key, count, params),
      formatList: (items) => LIST_FORMATS[locale].format(items),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
