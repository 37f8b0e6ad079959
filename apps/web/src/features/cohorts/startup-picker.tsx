import type { StartupCard } from '@torchbridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/api/services-context';
import { pickText } from '../../lib/i18n/bilingual';
import { incubatorName, startupName } from '../startups/startup-names';
import { useDirectoryPages } from '../directory/use-directory-pages';
import { FilterSelect } from './filter-select';
import { LoadMore } from './load-more';
import { PickList, type PickerProps } from './pick-list';
import { distinctOptions } from './picker-options';

const PAGE = { limit: 50, sort: 'name' } as const;

/** Startups for a run, narrowed by science park and incubator (the directory has no such filter, so it is local). */
export function StartupPicker({
  locale,
  selected,
  onChange,
  error,
}: PickerProps) {
  const { t } = useTranslation('cohorts');
  const api = useApi();
  const [parkId, setParkId] = useState('');
  const [incubatorId, setIncubatorId] = useState('');
  const pages = useDirectoryPages(['startups', 'cohort-picker'], (cursor) =>
    api.listStartups({ ...PAGE, cursor }),
  );
  const parks = useQuery({ queryKey: ['parks'], queryFn: () => api.parks() });
  const startups = pages.items;

  const parkOptions = useMemo(() => {
    const present = new Set(startups.map((s) => s.parkId));
    return (parks.data ?? [])
      .filter((park) => present.has(park.id))
      .map((park) => ({
        value: park.id,
        label: pickText(park.nameEn, park.nameZh ?? '', locale).text,
      }));
  }, [startups, parks.data, locale]);
  const inPark = (s: StartupCard) => !parkId || s.parkId === parkId;
  const incubatorOptions = distinctOptions(
    startups.filter(inPark),
    (s) => s.incubatorId,
    (s) => incubatorName(s, locale).text,
    locale,
  );
  const shown = startups.filter(
    (s) => inPark(s) && (!incubatorId || s.incubatorId === incubatorId),
  );

  return (
    <PickList
      legend={t('startups')}
      items={shown.map((s) => {
        const name = startupName(s, locale);
        return {
          id: s.id,
          label: name.text,
          lang: name.lang,
          detail: incubatorName(s, locale).text,
        };
      })}
      loaded={startups.length}
      selected={selected}
      onChange={onChange}
      error={error}
      filters={
        <>
          <FilterSelect
            label={t('filterPark')}
            value={parkId}
            options={parkOptions}
            onChange={(value) => {
              setParkId(value);
              setIncubatorId('');
            }}
          />
          <FilterSelect
            label={t('filterIncubator')}
            value={incubatorId}
            options={incubatorOptions}
            onChange={setIncubatorId}
          />
        </>
      }
      more={<LoadMore pages={pages} />}
    />
  );
}
