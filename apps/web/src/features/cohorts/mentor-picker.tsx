import type { Locale } from '@torchbridge/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/api/services-context';
import { countryName } from '../../lib/i18n/countries';
import { useDirectoryPages } from '../directory/use-directory-pages';
import { FilterSelect } from './filter-select';
import { LoadMore } from './load-more';
import { PickList } from './pick-list';

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
}: {
  locale: Locale;
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [country, setCountry] = useState('');
  const pages = useDirectoryPages(['mentors', 'cohort-picker'], (cursor) =>
    api.listMentors({ ...PAGE, cursor }),
  );
  const mentors = pages.items;
  const countries = [...new Set(mentors.map((m) => m.country))]
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const shown = mentors.filter((m) => !country || m.country === country);

  return (
    <PickList
      legend={t('cohorts.mentors')}
      hint={t('cohorts.mentorsHint')}
      items={shown.map((m) => ({
        id: m.id,
        label: m.displayName,
        detail: [m.city, countryName(m.country, locale)]
          .filter(Boolean)
          .join(', '),
      }))}
      loaded={mentors.length}
      selected={selected}
      onChange={onChange}
      error={error}
      filters={
        <FilterSelect
          label={t('cohorts.filterCountry')}
          value={country}
          options={countries}
          onChange={setCountry}
        />
      }
      more={<LoadMore pages={pages} />}
    />
  );
}
