import type { StartupQuery } from '@torchbridge/api-client';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../lib/ui/select-field';
import { FacetSelect } from '../directory/facet-select';

type ParamValue = string | readonly string[] | boolean;

/** Startup filters: "need" filters on the topics a startup asks help with. */
export function StartupFilters({
  query,
  onChange,
}: {
  query: StartupQuery;
  onChange(key: string, value: ParamValue): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filter-grid">
      <FacetSelect
        label={t('mentors.sector')}
        name="sector"
        taxonomy="sectors"
        values={query.sector ?? []}
        onChange={(values) => onChange('sector', values)}
      />
      <FacetSelect
        label={t('mentors.stage')}
        name="stage"
        taxonomy="stages"
        values={query.stage ?? []}
        onChange={(values) => onChange('stage', values)}
      />
      <FacetSelect
        label={t('startups.need')}
        name="topic"
        taxonomy="topics"
        values={query.topic ?? []}
        onChange={(values) => onChange('topic', values)}
      />
      <FacetSelect
        label={t('mentors.language')}
        name="language"
        taxonomy="languages"
        values={query.language ?? []}
        onChange={(values) => onChange('language', values)}
      />
      <FacetSelect
        label={t('startups.region')}
        name="region"
        taxonomy="regions"
        values={query.region ?? []}
        onChange={(values) => onChange('region', values)}
      />
      <FacetSelect
        label={t('startups.marketDirection')}
        name="marketDirection"
        taxonomy="marketDirections"
        values={query.marketDirection ? [query.marketDirection] : []}
        onChange={(values) => onChange('marketDirection', values)}
      />
      <SelectField
        label={t('directory.sort')}
        name="sort"
        value={query.sort ?? 'name'}
        onChange={(event) =>
          onChange(
            'sort',
            event.target.value === 'name' ? '' : event.target.value,
          )
        }
      >
        <option value="name">{t('startups.sortName')}</option>
        <option value="newest">{t('startups.sortNewest')}</option>
      </SelectField>
    </div>
  );
}
