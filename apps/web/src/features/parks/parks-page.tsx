import { REGIONS, pickLabel, type RegionCode } from '@torchbridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PageHeader,
  SelectField,
  StatusMessage,
  TextField,
} from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { isStaffRole } from '../../lib/auth/roles';
import { currentLocale } from '../../lib/i18n/i18n';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { AddParkForm } from './add-park-form';
import { filterParks, type RegionFilter } from './filter-parks';
import { ParkCard } from './park-card';
import './parks.css';

export const PARKS_QUERY_KEY = ['parks'] as const;

function isRegionFilter(value: string): value is RegionFilter {
  return (
    value === 'all' ||
    REGIONS.some((region) => region.code === (value as RegionCode))
  );
}

export function ParksPage() {
  const { t, i18n } = useTranslation(['parks', 'common']);
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  // Parks change rarely (a seed plus occasional edits), so a long freshness window saves round trips.
  const parks = useQuery({
    queryKey: PARKS_QUERY_KEY,
    queryFn: () => api.parks(),
    staleTime: 10 * 60_000,
  });
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState<RegionFilter>('all');
  const deferredQuery = useDeferredValue(query);
  // Collapsed by default: the list is what most visits are for, even for managers.
  const [adding, setAdding] = useState(false);
  const addFormId = useId();

  const visible = useMemo(
    () => filterParks(parks.data ?? [], { query: deferredQuery, region }),
    [parks.data, deferredQuery, region],
  );

  return (
    <div className="page">
      <PageHeader title={t('title')} lead={t('intro')}>
        {user && isStaffRole(user.role) && (
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={adding}
            aria-controls={addFormId}
            onClick={() => setAdding((open) => !open)}
          >
            {t('add.title')}
          </button>
        )}
      </PageHeader>
      {adding && (
        <div id={addFormId}>
          <AddParkForm queryKey={PARKS_QUERY_KEY} />
        </div>
      )}
      <form
        role="search"
        className="filters"
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField
          label={t('search')}
          hint={t('searchHint')}
          type="search"
          name="query"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <SelectField
          label={t('region')}
          name="region"
          value={region}
          onChange={(event) => {
            if (isRegionFilter(event.target.value)) {
              setRegion(event.target.value);
            }
          }}
        >
          <option value="all">{t('allRegions')}</option>
          {REGIONS.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {pickLabel(entry.label, locale)}
            </option>
          ))}
        </SelectField>
      </form>
      {parks.isPending && (
        <StatusMessage>{t('common:app.loading')}</StatusMessage>
      )}
      {parks.isError && (
        <div className="stack">
          <ApiErrorAlert title={t('loadFailed')} error={parks.error} />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void parks.refetch()}
          >
            {t('common:app.retry')}
          </button>
        </div>
      )}
      {parks.isSuccess && (
        <>
          <StatusMessage className="muted">
            {t('count', {
              shown: visible.length,
              total: parks.data.length,
            })}
          </StatusMessage>
          {visible.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ul className="park-grid">
              {visible.map((park) => (
                <ParkCard key={park.id} park={park} locale={locale} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
