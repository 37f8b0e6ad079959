import type { MentorQuery } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@torchbridge/ui';
import { CountrySelect } from '../directory/country-select';
import { CommonFacets, SortSelect } from '../directory/common-filters';
import type { ParamValue } from '../directory/use-url-query';
import { VETTING_STATES } from './mentor-query';

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
  const { t } = useTranslation(['mentors', 'common', 'directory']);
  return (
    <div className="filter-grid">
      <CommonFacets query={query} topicLabel={t('topic')} onChange={onChange} />
      <CountrySelect
        label={t('country')}
        values={query.country ?? []}
        onChange={(values) => onChange('country', values)}
      />
      {staff && (
        <SelectField
          label={t('vetting')}
          name="vetting"
          value={query.vetting ?? ''}
          onChange={(event) => onChange('vetting', event.target.value)}
        >
          <option value="">{t('directory:any')}</option>
          {VETTING_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`common:vettingStates.${state}`)}
            </option>
          ))}
        </SelectField>
      )}
      <SortSelect
        value={query.sort}
        onChange={onChange}
        searching={Boolean(query.q)}
      >
        <option value="name">{t('sortName')}</option>
        <option value="newest">{t('sortNewest')}</option>
        <option value="free-places">{t('sortFreePlaces')}</option>
      </SortSelect>
      <label className="choice choice-single filter-check">
        <input
          type="checkbox"
          name="available"
          checked={query.available === true}
          onChange={(event) => onChange('available', event.target.checked)}
        />
        <span>{t('available')}</span>
      </label>
    </div>
  );
}
