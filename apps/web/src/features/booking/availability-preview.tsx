import { useQuery } from '@tanstack/react-query';
import { WeekGrid, addDays } from '@torchbridge/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { bookingKeys } from './booking-keys';
import { dayRange, todayIn, zonePlace, zonedDay } from './booking-time';

const DAYS = 7;

/** The open times founders see in the coming week, laid out on the mentor's own clock, from the saved hours. */
export function AvailabilityPreview({
  mentorId,
  timeZone,
}: {
  mentorId: string;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('booking');
  const locale = currentLocale(i18n);
  const api = useApi();
  const [openedAt] = useState(() => new Date());
  const weekStart = todayIn(timeZone, openedAt);
  const preview = useQuery({
    queryKey: [...bookingKeys.slotsOf(mentorId), 'preview', timeZone],
    queryFn: () =>
      api.mentorSlots(mentorId, {
        from: openedAt.toISOString(),
        to: dayRange(weekStart, DAYS, timeZone).to.toISOString(),
      }),
  });
  return (
    <QueryState query={preview} loadFailed={t('preview.loadFailed')}>
      {(view) => {
        const zone = view.mentorTimeZone;
        const label = t('preview.gridLabel', {
          from: zonedDay(openedAt, zone, locale),
          to: zonedDay(
            dayRange(addDays(weekStart, DAYS - 1), 1, zone).from,
            zone,
            locale,
          ),
          place: zonePlace(zone),
        });
        return (
          <>
            <p className="muted">
              {view.slots.length === 0
                ? t('preview.empty')
                : t('preview.summary', {
                    count: view.slots.length,
                    minutes: view.length,
                    place: zonePlace(zone),
                  })}
            </p>
            <WeekGrid
              weekStart={todayIn(zone, openedAt)}
              slots={view.slots.map((slot) => ({
                start: slot.start,
                end: slot.end,
                label: t('preview.open'),
                state: 'free' as const,
              }))}
              timeZone={zone}
              locale={locale}
              label={label}
              emptyDayLabel={t('calendar.noTimes')}
              days={DAYS}
            />
          </>
        );
      }}
    </QueryState>
  );
}
