import { LOCALES } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@torchbridge/ui';
import { LANGUAGE_NAMES } from '../../lib/i18n/language-names';
import { useLocaleSwitch } from '../../lib/i18n/use-locale';

/** Applies at once, like the header picker. Nothing here is labelled with the word "language" so that name stays unique to the header picker. */
export function LanguageSection() {
  const { t } = useTranslation(['settings', 'common']);
  const { locale, changeLocale, saveFailed } = useLocaleSwitch();

  return (
    <section className="card">
      <h2>{t('language.title')}</h2>
      <ChoiceGroup
        legend={t('language.legend')}
        name="locale"
        value={locale}
        choices={LOCALES.map((value) => ({
          value,
          label: LANGUAGE_NAMES[value],
          lang: value,
        }))}
        onChange={changeLocale}
        hint={t('language.hint')}
        error={saveFailed ? t('common:language.saveFailed') : undefined}
      />
    </section>
  );
}
