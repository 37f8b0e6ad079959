import { clockTime, zoneCity } from '../zoned-time/zoned-time';
import './time-zone-badge.css';

export interface TimeZoneBadgeZone {
  /** IANA zone, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Already-translated place name; the zone's city ("Berlin") when omitted. */
  name?: string;
}

/** One instant in two zones, e.g. "19:00 Berlin · 02:00 Shanghai", so both sides of a call read their own time. */
export function TimeZoneBadge({
  at,
  zones,
  locale,
}: {
  /** ISO 8601 instant. */
  at: string;
  zones: readonly [TimeZoneBadgeZone, TimeZoneBadgeZone];
  locale: string;
}) {
  const instant = new Date(at);
  return (
    <span className="time-zone-badge">
      {zones.map((zone, index) => (
        <span
          key={`${index}-${zone.timeZone}`}
          className="time-zone-badge-part"
        >
          {index > 0 && ' · '}
          <time dateTime={at} className="time-zone-badge-time">
            {clockTime(instant, zone.timeZone, locale)}
          </time>{' '}
          {zone.name ?? zoneCity(zone.timeZone)}
        </span>
      ))}
    </span>
  );
}
