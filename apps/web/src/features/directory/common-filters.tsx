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

/** The sort control; "name" is the default, so it is left out of the URL. */
export function SortSelect({
  value,
  onChange,
  children,
}: {
  value: string | undefined;
  onChange(key: string, value: ParamValue): void;
  children: ReactNode;
}) {
  const { t } = useTranslation(['directory', 'mentors']);
  return (
    <SelectField
      label={t('sort')}
      name="sort"
      value={value ?? 'name'}
      onChange={(event) =>
        onChange(
          'sort',
          event.target.value === 'name' ? '' : event.target.value,
        )
      }
    >
      {children}
    </SelectField>
  );
}
