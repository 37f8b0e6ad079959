import type { DirectoryQuery } from '@torchbridge/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@torchbridge/ui';
import { FacetSelect } from './facet-select';
import type { ParamValue } from './use-url-query';

type CommonQuery = Pick<
  DirectoryQuery,
  'sector' | 'stage' | 'topic' | 'language'
>;

/** Sector, stage, topic and language: the facets both directories filter on. */
export function CommonFacets({
  query,
  topicLabel,
  onChange,
}: {
  query: CommonQuery;
  topicLabel: string;
  onChange(key: string, value: ParamValue): void;
}) {
  const { t } = useTranslation(['directory', 'mentors']);
  return (
    <>
      <FacetSelect
        label={t('mentors:sector')}
        name="sector"
        taxonomy="sectors"
        values={query.sector ?? []}
        onChange={(values) => onChange('sector', values)}
      />
      <FacetSelect
        label={t('mentors:stage')}
        name="stage"
        taxonomy="stages"
        values={query.stage ?? []}
        onChange={(values) => onChange('stage', values)}
      />
      <FacetSelect
        label={topicLabel}
        name="topic"
        taxonomy="topics"
        values={query.topic ?? []}
        onChange={(values) => onChange('topic', values)}
      />
      <FacetSelect
        label={t('mentors:language')}
        name="language"
        taxonomy="languages"
        values={query.language ?? []}
        onChange={(values) => onChange('language', values)}
      />
    </>
  );
}

/**
 * The sort control; the default is left out of the URL: "name", or "best match" while a text is searched (the API
 * orders a search by how well each profile matches unless asked otherwise).
 */
export function SortSelect({
  value,
  onChange,
  searching = false,
  children,
}: {
  value: string | undefined;
  onChange(key: string, value: ParamValue): void;
  searching?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation(['directory', 'mentors']);
  const fallback = searching ? 'relevance' : 'name';
  return (
    <SelectField
      label={t('sort')}
      name="sort"
      value={value ?? fallback}
      onChange={(event) =>
        onChange(
          'sort',
          event.target.value === fallback ? '' : event.target.value,
        )
      }
    >
      {searching && (
        <option value="relevance">{t('directory:sortRelevance')}</option>
      )}
      {children}
    </SelectField>
  );
}
