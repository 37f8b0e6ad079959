import type { Locale, TaxonomyName } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { ChipList } from '@torchbridge/ui';
import type { DirectoryResources } from '../../lib/i18n/resources/en/directory';
import type { StartupsResources } from '../../lib/i18n/resources/en/startups';
import { taxonomyLabel } from '../../lib/taxonomy/taxonomy-labels';
import './directory.css';

type DirectoryKey = `directory:${keyof DirectoryResources}`;
type StartupKey = `startups:${keyof StartupsResources}`;

export type TaxonomyRow = [
  DirectoryKey | StartupKey,
  TaxonomyName,
  readonly string[],
];

/** Term/chips pairs for every code list of an entry, labelled in the UI language. */
export function TaxonomyDetails({
  rows,
  locale,
}: {
  rows: readonly TaxonomyRow[];
  locale: Locale;
}) {
  const { t } = useTranslation(['directory', 'startups']);
  return (
    <dl className="details taxonomy-details">
      {rows
        .filter(([, , codes]) => codes.length > 0)
        .map(([key, name, codes]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>
              <ChipList
                label={t(key)}
                items={codes.map((code) => taxonomyLabel(name, code, locale))}
                quiet={name !== 'sectors'}
              />
            </dd>
          </div>
        ))}
    </dl>
  );
}
