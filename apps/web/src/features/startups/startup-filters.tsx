import type { StartupQuery } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { CommonFacets, SortSelect } from '../directory/common-filters';
import { FacetSelect } from '../directory/facet-select';
import type { ParamValue } from '../directory/use-url-query';

/** Startup filters: "need" filters on the topics a startup asks help with. */
export function StartupFilters({
  query,
  onChange,
}: {
  query: StartupQuery;
  onChange(key: string, value: ParamValue): void;
}) {
  const { t } = useTranslation('startups');
  return (
    <div className="filter-grid">
      <CommonFacets query={query} topicLabel={t('need')} onChange={onChange} />
      <FacetSelect
        label={t('region')}
        name="region"
        taxonomy="regions"
        values={query.region ?? []}
        onChange={(values) => onChange('region', values)}
      />
      <FacetSelect
        label={t('marketDirection')}
        name="marketDirection"
        taxonomy="marketDirections"
        values={query.marketDirection ? [query.marketDirection] : []}
        onChange={(values) => onChange('marketDirection', values)}
      />
      <SortSelect value={query.sort} onChange={onChange}>
        <option value="name">{t('sortName')}</option>
        <option value="newest">{t('sortNewest')}</option>
      </SortSelect>
    </div>
  );
}
