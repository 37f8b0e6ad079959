import type { SlotView } from '@torchbridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { addDays, calendarDate, dayHeading } from '@torchbridge/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { usableTimeZone } from '../../lib/time/format';
import { bookingKeys } from './booking-keys';
import { dayRange, todayIn, zonePlace, zonedRange } from './booking-time';

const DAYS = 7;

/** Slots that follow on or overlap one another, joined into the stretches a founder can pick from. */
function stretches(
  slots: readonly SlotView[],
): { start: string; end: string; count: number }[] {
  const runs: { start: string; end: string; count: number }[] = [];
  for (const slot of [...slots].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start),
  )) {
    const last = runs.at(-1);
    if (last && Date.parse(slot.start) <= Date.parse(last.end)) {
      last.end =
        Date.parse(slot.end) > Date.parse(last.end) ? slot.end : last.end;
      last.count += 1;
    } else {
      runs.push({ start: slot.start, end: slot.end, count: 1 });
    }
  }
  return runs;
}

/**
 * What founders can book in the coming week from the saved hours, day by day on the mentor's own clock: the open
 * stretches and how many start times each holds. Text, not buttons: there is nothing to pick here.
 */
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
        const zone = usableTimeZone(view.mentorTimeZone);
        const first = todayIn(zone, openedAt);
        const days = Array.from({ length: DAYS }, (_, i) => addDays(first, i));
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
            <ul className="preview-days">
              {days.map((date) => {
                const runs = stretches(
                  view.slots.filter(
                    (slot) => calendarDate(new Date(slot.start), zone) === date,
                  ),
                );
                return (
                  <li key={date} className="preview-day">
                    <h3 className="preview-day-heading">
                      {dayHeading(date, locale)}
                    </h3>
                    {runs.length === 0 ? (
                      <p className="muted">{t('calendar.noTimes')}</p>
                    ) : (
                      <ul className="preview-runs">
                        {runs.map((run) => (
                          <li key={run.start}>
                            <span className="preview-run-range">
                              {zonedRange(run.start, run.end, zone, locale)}
                            </span>{' '}
                            <span className="muted">
                              {t('preview.starts', { count: run.count })}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        );
      }}
    </QueryState>
  );
}
