import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/api/services-context';
import { countryName, placeName } from '../../lib/i18n/countries';
import { useDirectoryPages } from '../directory/use-directory-pages';
import { FilterSelect } from './filter-select';
import { LoadMore } from './load-more';
import { PickList, type PickerProps } from './pick-list';
import { distinctOptions } from './picker-options';

const PAGE = {
  limit: 50,
  sort: 'name',
  vetting: 'approved',
  available: true,
} as const;

/** Approved mentors with a free place, narrowed by country. */
export function MentorPicker({
  locale,
  selected,
  onChange,
  error,
}: PickerProps) {
  const { t } = useTranslation('cohorts');
  const api = useApi();
  const [country, setCountry] = useState('');
  const pages = useDirectoryPages(['mentors', 'cohort-picker'], (cursor) =>
    api.listMentors({ ...PAGE, cursor }),
  );
  const mentors = pages.items;
  const countries = distinctOptions(
    mentors,
    (m) => m.country,
    (m) => countryName(m.country, locale),
    locale,
  );
  const shown = mentors.filter((m) => !country || m.country === country);

  return (
    <PickList
      legend={t('mentors')}
      hint={t('mentorsHint')}
      items={shown.map((m) => ({
        id: m.id,
        label: m.displayName,
        detail: placeName(m.city, m.country, locale),
      }))}
      loaded={mentors.length}
      selected={selected}
      onChange={onChange}
      error={error}
      filters={
        <FilterSelect
          label={t('filterCountry')}
          value={country}
          options={countries}
          onChange={setCountry}
        />
      }
      more={<LoadMore pages={pages} />}
    />
  );
}
