import type { ParkListItem } from '@torchbridge/api-client';
import { REGIONS, pickLabel, type Locale } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { parkAltName, parkName } from './filter-parks';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function ParkCard({
  park,
  locale,
}: {
  park: ParkListItem;
  locale: Locale;
}) {
  const { t } = useTranslation('parks');
  const alt = parkAltName(park, locale);
  const region = REGIONS.find((entry) => entry.code === park.region);
  const place = [park.city, park.province, park.country]
    .filter((part, index, all) => part && all.indexOf(part) === index)
    .join(', ');

  return (
    <li className="card park-card">
      <h2 className="park-name">{parkName(park, locale)}</h2>
      {alt && (
        <p className="park-alt-name muted" lang={alt.lang}>
          {alt.text}
        </p>
      )}
      <p className="park-tags">
        {region && (
          <span className="badge">{pickLabel(region.label, locale)}</span>
        )}
        {park.torchNo !== null && (
          <span className="badge badge-quiet">
            {t('torchNo', { no: park.torchNo })}
          </span>
        )}
      </p>
      <dl className="details details-compact">
        <div>
          <dt>{t('location')}</dt>
          <dd>{place}</dd>
        </div>
        {park.website && (
          <div>
            <dt>{t('website')}</dt>
            <dd>
              <a href={park.website} target="_blank" rel="noopener noreferrer">
                {hostOf(park.website)}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <p className="muted">{t('incubators', { count: park.incubatorCount })}</p>
    </li>
  );
}
