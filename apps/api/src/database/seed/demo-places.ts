import { lookup, SEED_DATA } from './data-loader';
import type { DemoIncubator, DemoPark, ParkRef } from './demo-data';

const { hubs, incubators, stips, parkNamesZh } = SEED_DATA;

/** Where an incubator's startups are based. */
export interface IncubatorPlace {
  city: string;
  cityZh: string;
  country: string;
  timeZone: string;
}

export function buildParks(): DemoPark[] {
  const national = stips.map(
    (stip): DemoPark => ({
      torchNo: stip.no,
      hub: null,
      nameEn: stip.name,
      nameZh: lookup(parkNamesZh.parks, stip.no, 'Chinese name for park'),
      city: stip.city,
      province: stip.province,
      country: 'CN',
      region: stip.region,
      website: stip.website,
    }),
  );
  const abroad = Object.entries(hubs).map(
    ([hub, { nameEn, nameZh, city, province, country, website }]): DemoPark => ({
      torchNo: null,
      hub,
      nameEn,
      nameZh,
      city,
      province,
      country,
      region: 'international',
      website,
    }),
  );
  return [...national, ...abroad];
}

export function placeOf(park: ParkRef): IncubatorPlace {
  if ('hub' in park) {
    const { city, cityZh, country, timeZone } = lookup(hubs, park.hub, 'hub');
    return { city, cityZh, country, timeZone };
  }
  const stip = stips.find((entry) => entry.no === park.torchNo);
  if (stip === undefined) {
    throw new Error(`demo data: no national park ${park.torchNo}`);
  }
  const cityZh = lookup(parkNamesZh.cities, stip.city, 'Chinese name for city');
  return { city: stip.city, cityZh, country: 'CN', timeZone: 'Asia/Shanghai' };
}

export function buildIncubators(): DemoIncubator[] {
  return incubators.map(({ key, nameEn, nameZh, kind, park }) => {
    const { city, country } = placeOf(park);
    return { key, nameEn, nameZh, park, kind, city, country };
  });
}
