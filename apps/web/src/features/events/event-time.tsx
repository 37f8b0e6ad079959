import type { EventView, Locale } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import {
  rangeOnOtherClock,
  zonePlace,
  zonedDay,
  zonedRange,
} from '../booking/booking-time';
import { usableTimeZone } from '../../lib/time/format';

/** The title in the UI language, the other one when it is missing. */
export function eventTitle(
  event: Pick<EventView, 'titleEn' | 'titleZh'>,
  locale: Locale,
): string {
  return locale === 'zh-CN'
    ? event.titleZh || event.titleEn
    : event.titleEn || event.titleZh;
}

/** The first round's start to the last round's end. */
export function eventSpan(event: EventView): { start: string; end: string } {
  const first = event.schedule[0];
  const last = event.schedule[event.schedule.length - 1];
  return {
    start: first?.start ?? event.startsAt,
    end: last?.end ?? event.startsAt,
  };
}

/** A time range on the event's wall clock, then on the viewer's when that clock differs. */
export function EventClocks({
  start,
  end,
  eventZone,
  viewerZone,
  locale,
  withDay = true,
}: {
  start: string;
  end: string;
  eventZone: string;
  viewerZone: string;
  locale: Locale;
  withDay?: boolean;
}) {
  const { t } = useTranslation('events');
  const at = new Date(start);
  const own = `${withDay ? `${zonedDay(at, eventZone, locale)} ` : ''}${zonedRange(start, end, eventZone, locale)}`;
  const sameZone = usableTimeZone(eventZone) === usableTimeZone(viewerZone);
  return (
    <span className="event-clocks">
      <time dateTime={start} className="event-clock">
        {t('eventClock', { time: own, place: zonePlace(eventZone) })}
      </time>
      {sameZone ? null : (
        <span className="event-clock event-clock-yours muted">
          {t('yourClock', {
            time: withDay
              ? `${zonedDay(at, viewerZone, locale)} ${zonedRange(start, end, viewerZone, locale)}`
              : rangeOnOtherClock(start, end, eventZone, viewerZone, locale),
            place: zonePlace(viewerZone),
          })}
        </span>
      )}
    </span>
  );
}
