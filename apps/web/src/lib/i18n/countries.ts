import type { Locale } from '@torchbridge/contracts';

/** Countries the community lives in, offered as filters; a code from the URL is added when it is not listed. */
export const COMMON_COUNTRIES = [
  'CN',
  'HK',
  'TW',
  'SG',
  'DE',
  'FR',
  'GB',
  'NL',
  'CH',
  'AT',
  'BE',
  'IT',
  'ES',
  'SE',
  'DK',
  'FI',
  'IE',
  'PL',
] as const;

const namers = new Map<Locale, Intl.DisplayNames>();

/** "Germany" / "德国"; the code itself when the runtime has no name for it. */
export function countryName(code: string, locale: Locale): string {
  let namer = namers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: 'region' });
    namers.set(locale, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    return code;
  }
}

export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}

/** "City, Country" with whichever parts are known. */
export function placeName(
  city: string,
  country: string,
  locale: Locale,
): string {
  return [city, countryName(country, locale)].filter(Boolean).join(', ');
}
