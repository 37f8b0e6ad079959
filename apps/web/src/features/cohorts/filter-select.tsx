import { useTranslation } from 'react-i18next';
import { SelectField } from '@torchbridge/ui';

export interface FilterOption {
  value: string;
  label: string;
}

/** A narrowing select whose first option, "All", clears it. */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly FilterOption[];
  onChange(value: string): void;
}) {
  const { t } = useTranslation('cohorts');
  return (
    <SelectField
      label={label}
      value={value}
      className="select-compact"
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('all')}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
