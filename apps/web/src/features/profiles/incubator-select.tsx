import type { ParkListItem } from '@torchbridge/api-client';
import type { IncubatorView, Locale } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@torchbridge/ui';
import { pickText } from '../../lib/i18n/bilingual';
import { parkName } from '../parks/filter-parks';

/** Incubators grouped under their park, parks and incubators sorted by name in the UI language. */
export function IncubatorSelect({
  parks,
  incubators,
  value,
  locale,
  error,
  onChange,
}: {
  parks: readonly ParkListItem[];
  incubators: readonly IncubatorView[];
  value: string;
  locale: Locale;
  error: string | undefined;
  onChange(incubatorId: string): void;
}) {
  const { t } = useTranslation('profiles');
  const groups = parks
    .map((park) => ({
      park,
      name: parkName(park, locale),
      incubators: incubators
        .filter((incubator) => incubator.parkId === park.id)
        .map((incubator) => ({
          id: incubator.id,
          name: pickText(incubator.nameEn, incubator.nameZh, locale).text,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    }))
    .filter((group) => group.incubators.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <SelectField
      label={t('startup.incubator')}
      name="incubatorId"
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('startup.chooseIncubator')}</option>
      {groups.map((group) => (
        <optgroup key={group.park.id} label={group.name}>
          {group.incubators.map((incubator) => (
            <option key={incubator.id} value={incubator.id}>
              {incubator.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
