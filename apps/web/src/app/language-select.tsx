import { LOCALES, isLocale } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../lib/i18n/language-names';
import { useLocaleSwitch } from '../lib/i18n/use-locale';

/** The header's language picker, shown signed in and signed out. */
export function LanguageSelect() {
  const { t } = useTranslation();
  const { locale, changeLocale, saveFailed } = useLocaleSwitch();
  const id = useId();

  return (
    <div className="language-select">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        className="input select select-compact"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) {
            changeLocale(event.target.value);
          }
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
      {saveFailed && (
        <p role="alert" className="language-select-error">
          {t('language.saveFailed')}
        </p>
      )}
    </div>
  );
}
