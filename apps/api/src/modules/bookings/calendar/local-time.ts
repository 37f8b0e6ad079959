import type { Locale } from '@torchbridge/contracts';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: knownZone(timeZone) ? timeZone : 'UTC',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formats.set(key, found);
  }
  return found;
}

/** Whether the runtime's time-zone data knows the zone (a stored zone may predate a rename or be mistyped). */
export function knownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A session's start and end on one person's wall clock, in their language, with the zone's abbreviation or
 * offset: "Sun, 28 Mar 2027, 10:00–11:00 CEST", "2027/3/28周日 GMT+8 16:00–17:00". Crossing midnight shows both dates.
 */
export function localRange(
  start: string | Date,
  end: string | Date,
  timeZone: string,
  locale: Locale,
): string {
  const zone = knownZone(timeZone) ? timeZone : 'UTC';
  return `${format(locale, zone).formatRange(new Date(start), new Date(end))} (${zone})`;
}
