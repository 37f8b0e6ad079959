import type { TaxonomyName } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@torchbridge/ui';
import { currentLocale } from '../../lib/i18n/i18n';
import { taxonomyChoices } from '../../lib/taxonomy/taxonomy-labels';

/** One filter over a code list: "Any" or one code (the URL may hold several; the first is shown). */
export function FacetSelect({
  label,
  name,
  taxonomy,
  values,
  onChange,
}: {
  label: string;
  name: string;
  taxonomy: TaxonomyName;
  values: readonly string[];
  onChange(values: string[]): void;
}) {
  const { t, i18n } = useTranslation('directory');
  const locale = currentLocale(i18n);
  return (
    <SelectField
      label={label}
      name={name}
      value={values[0] ?? ''}
      onChange={(event) =>
        onChange(event.target.value ? [event.target.value] : [])
      }
    >
      <option value="">{t('any')}</option>
      {taxonomyChoices(taxonomy, locale).map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </SelectField>
  );
}
