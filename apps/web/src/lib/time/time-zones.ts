import { isIanaTimeZone, type Locale } from '@torchbridge/contracts';
import { formatZoneName } from './format';

export interface TimeZoneOption {
  value: string;
  label: string;
}

/** Every IANA zone the runtime knows, plus any extra ones (the device's or the saved one) that it lists under an alias. */
export function listTimeZones(extra: readonly string[] = []): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : [];
  const zones = new Set(
    ['UTC', ...known, ...extra].filter((zone) => isIanaTimeZone(zone)),
  );
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** "Europe/Berlin (GMT+02:00)": the offset helps people who know their offset but not their zone's name. */
export function timeZoneOptions(
  zones: readonly string[],
  locale: Locale,
  at: Date,
): TimeZoneOption[] {
  return zones.map((zone) => ({
    value: zone,
    label: `${zone.replaceAll('_', ' ')} (${formatZoneName(at, { locale, timeZone: zone }, 'longOffset')})`,
  }));
}
