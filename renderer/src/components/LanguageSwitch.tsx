import { LOCALES, useI18n } from '../i18n/i18n';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend>{t('language.label')}</legend>
      {LOCALES.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="locale"
            value={option}
            checked={locale === option}
            onChange={() => setLocale(option)}
          />
          {t(`language.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
