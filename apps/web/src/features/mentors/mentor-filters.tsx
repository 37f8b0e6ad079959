import type { MentorQuery } from '@torchbridge/api-client';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../lib/ui/select-field';
import { CountrySelect } from '../directory/country-select';
import { FacetSelect } from '../directory/facet-select';
import { VETTING_STATES } from './mentor-query';

type ParamValue = string | readonly string[] | boolean;

/** The filter and sort controls; each change is applied at once and written to the URL. */
export function MentorFilters({
  query,
  staff,
  onChange,
}: {
  query: MentorQuery;
  staff: boolean;
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
        label={t('mentors.topic')}
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
      <CountrySelect
        label={t('mentors.country')}
        values={query.country ?? []}
        onChange={(values) => onChange('country', values)}
      />
      {staff && (
        <SelectField
          label={t('mentors.vetting')}
          name="vetting"
          value={query.vetting ?? ''}
          onChange={(event) => onChange('vetting', event.target.value)}
        >
          <option value="">{t('directory.any')}</option>
          {VETTING_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`vettingStates.${state}`)}
            </option>
          ))}
        </SelectField>
      )}
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
        <option value="name">{t('mentors.sortName')}</option>
        <option value="newest">{t('mentors.sortNewest')}</option>
        <option value="free-places">{t('mentors.sortFreePlaces')}</option>
      </SelectField>
      <label className="choice choice-single filter-check">
        <input
          type="checkbox"
          name="available"
          checked={query.available === true}
          onChange={(event) => onChange('available', event.target.checked)}
        />
        <span>{t('mentors.available')}</span>
      </label>
    </div>
  );
}
