import type { ParkListItem } from '@torchbridge/api-client';
import type { Locale, RegionCode } from '@torchbridge/contracts';

export type RegionFilter = RegionCode | 'all';

export interface ParkFilter {
  query: string;
  region: RegionFilter;
}

// Case- and width-insensitive (full-width Latin typed with a Chinese IME still matches), spaces ignored.
function normalise(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, '');
}

/** Matches the query against the English and the Chinese name, whatever the UI language. */
export function filterParks(
  parks: readonly ParkListItem[],
  { query, region }: ParkFilter,
): ParkListItem[] {
  const needle = normalise(query);
  return parks.filter((park) => {
    if (region !== 'all' && park.region !== region) {
      return false;
    }
    if (!needle) {
      return true;
    }
    return [park.nameEn, park.nameZh ?? ''].some((name) =>
      normalise(name).includes(needle),
    );
  });
}

/** The park's name in the UI language, falling back to English when no Chinese name is recorded. */
export function parkName(park: ParkListItem, locale: Locale): string {
  return locale === 'zh-CN' && park.nameZh ? park.nameZh : park.nameEn;
}

/** The name in the other language, shown underneath for cross-border readers; null when there is none. */
export function parkAltName(
  park: ParkListItem,
  locale: Locale,
): { text: string; lang: Locale } | null {
  if (locale === 'zh-CN') {
    return park.nameZh ? { text: park.nameEn, lang: 'en' } : null;
  }
  return park.nameZh ? { text: park.nameZh, lang: 'zh-CN' } : null;
}
