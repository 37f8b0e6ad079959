import {
  SESSION_LENGTHS,
  type SessionLength,
  type SlotView,
  type SlotsView,
} from '@torchbridge/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  ChoiceGroup,
  SlotButton,
  WeekGrid,
  addDays,
  type Slot,
} from '@torchbridge/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { bookingKeys } from './booking-keys';
import {
  dayRange,
  rangeOnOtherClock,
  todayIn,
  zonePlace,
  zonedDay,
} from './booking-time';

const DAYS_SHOWN = 7;
/** Keeps a time range on one line in a narrow day column: lines may break before it, never inside it. */
const WORD_JOINER = '\u2060';
const unbroken = (range: string) => range.replaceAll('–', `–${WORD_JOINER}`);
/** The slots endpoint answers at most 8 weeks ahead of `from`. */
const WEEKS_AHEAD = 8;

function isSessionLength(value: number): value is SessionLength {
  return (SESSION_LENGTHS as readonly number[]).includes(value);
}

/**
 * A mentor's free times a week at a time: each on the viewer's clock with the mentor's beneath, the overlap of both
 * working days named in words, and the best few for both on top.
 */
export function SlotCalendar({
  mentorId,
  mentorName,
  selectedStart,
  initialLength,
  onPick,
}: {
  mentorId: string;
  mentorName: string;
  selectedStart: string | null;
  initialLength?: SessionLength;
  onPick(slot: SlotView, view: SlotsView): void;
}) {
  const { t, i18n } = useTranslation('booking');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const ids = useId();
  const viewerZone = user?.timeZone ?? deviceTimeZone();
  // Fixed for the life of the calendar, so the query key does not change every render.
  const [openedAt] = useState(() => new Date());
  const today = todayIn(viewerZone, openedAt);
  const [weekStart, setWeekStart] = useState(today);
  const [length, setLength] = useState<SessionLength | undefined>(
    initialLength,
  );
  const slots = useQuery({
    queryKey: [...bookingKeys.slotsOf(mentorId), weekStart, length ?? 0],
    queryFn: () => {
      const range = dayRange(weekStart, DAYS_SHOWN, viewerZone);
      const from = range.from < openedAt ? openedAt : range.from;
      return api.mentorSlots(mentorId, {
        from: from.toISOString(),
        to: range.to.toISOString(),
        ...(length ? { length } : {}),
      });
    },
    placeholderData: keepPreviousData,
  });
  const lengths = slots.data?.lengths ?? [];
  const shownLength = length ?? slots.data?.length;
  const lastWeekStart = addDays(today, DAYS_SHOWN * (WEEKS_AHEAD - 1));

  return (
    <div className="slot-calendar">
      {lengths.length > 1 && shownLength && (
        <ChoiceGroup
          legend={t('calendar.length')}
          name={`${ids}length`}
          value={String(shownLength)}
          choices={lengths.map((minutes) => ({
            value: String(minutes),
            label: t('calendar.lengthOption', { minutes }),
          }))}
          onChange={(value) => {
            const minutes = Number(value);
            if (isSessionLength(minutes)) {
              setLength(minutes);
            }
          }}
        />
      )}
      <QueryState query={slots} loadFailed={t('calendar.loadFailed')}>
        {(view) => {
          const mentorZone = view.mentorTimeZone;
          const shownZone = view.viewerTimeZone || viewerZone;
          const toUiSlot = (slot: SlotView, withDay: boolean): Slot => {
            const other = unbroken(
              rangeOnOtherClock(
                slot.start,
                slot.end,
                shownZone,
                mentorZone,
                locale,
              ),
            );
            return {
              start: slot.start,
              end: slot.end,
              label: withDay
                ? t('calendar.bestLabel', {
                    day: zonedDay(new Date(slot.start), shownZone, locale),
                    other,
                    place: zonePlace(mentorZone),
                  })
                : t('calendar.slotLabel', {
                    other,
                    place: zonePlace(mentorZone),
                  }),
              state: slot.start === selectedStart ? 'selected' : 'free',
              badge: slot.inOverlap ? t('overlap') : undefined,
            };
          };
          const pick = (picked: Slot) => {
            const slot =
              view.slots.find((s) => s.start === picked.start) ??
              view.best.find((s) => s.start === picked.start);
            if (slot) {
              onPick(slot, view);
            }
          };
          const weekEnd = addDays(weekStart, DAYS_SHOWN - 1);
          const weekLabel = t('calendar.week', {
            from: zonedDay(
              dayRange(weekStart, 1, shownZone).from,
              shownZone,
              locale,
            ),
            to: zonedDay(
              dayRange(weekEnd, 1, shownZone).from,
              shownZone,
              locale,
            ),
          });
          return (
            <>
              <p className="muted slot-calendar-legend">
                {t('calendar.legend', {
                  viewerPlace: zonePlace(shownZone),
                  name: mentorName,
                  mentorPlace: zonePlace(mentorZone),
                })}
              </p>
              <section className="best-times" aria-labelledby={`${ids}best`}>
                <h3 id={`${ids}best`}>{t('calendar.best')}</h3>
                {view.best.length === 0 ? (
                  <p className="muted">{t('calendar.bestEmpty')}</p>
                ) : (
                  <ul className="best-times-list">
                    {view.best.map((slot) => (
                      <li key={slot.start}>
                        <SlotButton
                          slot={toUiSlot(slot, true)}
                          timeZone={shownZone}
                          locale={locale}
                          onSelect={pick}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <div className="week-nav">
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={weekStart <= today}
                  onClick={() =>
                    setWeekStart((start) => {
                      const previous = addDays(start, -DAYS_SHOWN);
                      return previous < today ? today : previous;
                    })
                  }
                >
                  {t('calendar.previousWeek')}
                </button>
                <h3 className="week-nav-label" aria-live="polite">
                  {weekLabel}
                </h3>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={weekStart >= lastWeekStart}
                  onClick={() =>
                    setWeekStart((start) => addDays(start, DAYS_SHOWN))
                  }
                >
                  {t('calendar.nextWeek')}
                </button>
              </div>
              {view.slots.length === 0 && (
                <p className="muted">{t('calendar.weekEmpty')}</p>
              )}
              <WeekGrid
                weekStart={weekStart}
                slots={view.slots.map((slot) => toUiSlot(slot, false))}
                timeZone={shownZone}
                locale={locale}
                label={t('calendar.gridLabel', {
                  week: weekLabel,
                  place: zonePlace(shownZone),
                })}
                emptyDayLabel={t('calendar.noTimes')}
                onSelect={pick}
                days={DAYS_SHOWN}
              />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
