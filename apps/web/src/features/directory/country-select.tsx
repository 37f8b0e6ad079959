import { useTranslation } from 'react-i18next';
import { SelectField } from '@torchbridge/ui';
import {
  COMMON_COUNTRIES,
  countryName,
  isCountryCode,
} from '../../lib/i18n/countries';
import { currentLocale } from '../../lib/i18n/i18n';

/** Country filter: the community's usual countries by name, plus any code already in the URL. */
export function CountrySelect({
  label,
  values,
  onChange,
}: {
  label: string;
  values: readonly string[];
  onChange(values: string[]): void;
}) {
  const { t, i18n } = useTranslation('directory');
  const locale = currentLocale(i18n);
  const current = values[0] ?? '';
  const codes: string[] = [...COMMON_COUNTRIES];
  if (isCountryCode(current) && !codes.includes(current)) {
    codes.push(current);
  }
  const options = codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <SelectField
      label={label}
      name="country"
      value={current}
      onChange={(event) =>
        onChange(event.target.value ? [event.target.value] : [])
      }
    >
      <option value="">{t('any')}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </SelectField>
  );
}
