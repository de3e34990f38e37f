/**
 * Lists in running text, joined as each language does: 文部科学省、経済産業省、環境省 /
 * MEXT, METI, and MOE. Made once per language: a list page joins hundreds of lists.
 */
const LIST_FORMATS = {
  ja: new Intl.ListFormat('ja', { type: 'conjunction', style: 'long' }),
  en: new Intl.ListFormat('en', { type: 'conjunction', style: 'long' }),
};

export function formatList(items: readonly string[], locale: 'ja' | 'en'): string {
  return LIST_FORMATS[locale].format(items);
}
