import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectFieldProps } from '@torchbridge/ui';
import { currentLocale } from '../i18n/i18n';
import { deviceTimeZone } from './format';
import { listTimeZones, timeZoneOptions } from './time-zones';

export interface TimeZoneSelectProps
  extends Omit<SelectFieldProps, 'label' | 'value' | 'onChange' | 'children'> {
  value: string;
  onChange(zone: string): void;
}

/** Labelled "Time zone"; lists every IANA zone with its current UTC offset. */
function TimeZoneSelectField({
  value,
  onChange,
  ...field
}: TimeZoneSelectProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const options = useMemo(
    () =>
      timeZoneOptions(
        listTimeZones([value, deviceTimeZone()]),
        locale,
        new Date(),
      ),
    [value, locale],
  );

  return (
    <SelectField
      {...field}
      label={t('fields.timeZone')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}

// Some 400 options: skip re-rendering them while the person types in the other fields of the form.
export const TimeZoneSelect = memo(TimeZoneSelectField);
