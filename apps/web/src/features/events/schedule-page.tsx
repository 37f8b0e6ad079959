import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EventMeetingView,
  EventScheduleView,
  PlaceMeetingInput,
} from '@torchbridge/contracts';
import { SelectField, StatusMessage } from '@torchbridge/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { EventFrame, type EventContext } from './event-frame';
import { eventKeys } from './event-keys';
import { zonedRange } from '../booking/booking-time';

interface Placing {
  requestId: string;
  a: string;
  b: string;
  round: number;
  table: number;
  locked: boolean;
}

function Scheduler({ event, locale }: EventContext) {
  const { t } = useTranslation('events');
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = useId();
  const [placing, setPlacing] = useState<Placing | null>(null);
  const key = eventKeys.schedule(event.id);
  const schedule = useQuery({
    queryKey: key,
    queryFn: () => api.eventSchedule(event.id),
  });
  const applied = async (next: EventScheduleView) => {
    queryClient.setQueryData(key, next);
    await queryClient.invalidateQueries({ queryKey: eventKeys.one(event.id) });
  };
  const run = useMutation({
    mutationFn: () => api.runEventScheduler(event.id),
    onSuccess: applied,
  });
  const publish = useMutation({
    mutationFn: () => api.publishEventSchedule(event.id),
    onSuccess: applied,
  });
  const place = useMutation({
    mutationFn: ({
      requestId,
      ...body
    }: PlaceMeetingInput & { requestId: string }) =>
      api.placeEventMeeting(event.id, requestId, body),
    onSuccess: async (next) => {
      setPlacing(null);
      await applied(next);
    },
  });
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const roundLabel = (index: number) => {
    const round = event.schedule[index];
    return `${t('page.round', { n: index + 1 })}${round ? ` · ${zonedRange(round.start, round.end, event.timeZone, locale)}` : ''}`;
  };
  const pairOf = (m: EventMeetingView) => ({
    a: m.a.displayName,
    b: m.b.displayName,
  });

  return (
    <QueryState query={schedule} loadFailed={t('schedule.loadFailed')}>
      {(data) => {
        const cell = (round: number, table: number) =>
          data.meetings.find((m) => m.round === round && m.table === table);
        const objective =
          data.upperBound === null
            ? t('schedule.objectiveOnly', { objective: number(data.objective) })
            : t(
                data.objective >= data.upperBound
                  ? 'schedule.objectiveOptimal'
                  : 'schedule.objectiveGap',
                {
                  objective: number(data.objective),
                  bound: number(data.upperBound),
                },
              );
        return (
          <div className="stack">
            <div className="event-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={run.isPending || data.published}
                onClick={() => run.mutate()}
              >
                {run.isPending ? t('schedule.running') : t('schedule.run')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={
                  publish.isPending ||
                  data.published ||
                  data.meetings.length === 0
                }
                onClick={() => publish.mutate()}
              >
                {publish.isPending
                  ? t('schedule.publishing')
                  : t('schedule.publish')}
              </button>
            </div>
            <ApiErrorAlert error={run.error ?? publish.error} />
            <StatusMessage>
              {objective}
              {' · '}
              {t('schedule.meetings', { count: data.meetings.length })}
              {data.solveMs === null
                ? ''
                : ` · ${t('schedule.solved', { ms: number(data.solveMs) })}`}
            </StatusMessage>
            <p className="muted">
              {data.published ? t('schedule.published') : t('schedule.draft')}
            </p>
            {placing ? (
              <section className="card" aria-labelledby={`${ids}editing`}>
                <h2 id={`${ids}editing`}>
                  {t('schedule.editing', { a: placing.a, b: placing.b })}
                </h2>
                <SelectField
                  label={t('schedule.round')}
                  value={String(placing.round)}
                  onChange={(e) =>
                    setPlacing({ ...placing, round: Number(e.target.value) })
                  }
                >
                  {event.schedule.map((round) => (
                    <option key={round.index} value={round.index}>
                      {roundLabel(round.index)}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  label={t('schedule.table')}
                  value={String(placing.table)}
                  onChange={(e) =>
                    setPlacing({ ...placing, table: Number(e.target.value) })
                  }
                >
                  {event.tableNames.map((name, index) => (
                    <option key={name} value={index}>
                      {name}
                    </option>
                  ))}
                </SelectField>
                <ApiErrorAlert error={place.error} />
                <div className="event-actions">
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={place.isPending}
                    onClick={() =>
                      place.mutate({
                        requestId: placing.requestId,
                        round: placing.round,
                        table: placing.table,
                        locked: true,
                      })
                    }
                  >
                    {place.isPending
                      ? t('schedule.saving')
                      : t('schedule.save')}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => {
                      place.reset();
                      setPlacing(null);
                    }}
                  >
                    {t('schedule.cancel')}
                  </button>
                </div>
              </section>
            ) : null}
            {/* Wider than a phone: the grid scrolls sideways, so keyboards must reach it too. */}
            <div
              className="event-grid-wrap"
              role="region"
              aria-label={t('schedule.grid')}
              tabIndex={0}
            >
              <table className="event-grid">
                <caption>{t('schedule.grid')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('schedule.roundHeader')}</th>
                    {event.tableNames.map((name) => (
                      <th key={name} scope="col">
                        {name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {event.schedule.map((round) => (
                    <tr key={round.index}>
                      <th scope="row">{roundLabel(round.index)}</th>
                      {event.tableNames.map((name, table) => {
                        const m = cell(round.index, table);
                        return (
                          <td
                            key={name}
                            className={m?.locked ? 'event-meeting-locked' : ''}
                          >
                            {m ? (
                              <div className="event-meeting">
                                <span>{t('schedule.pair', pairOf(m))}</span>
                                <span className="muted">
                                  {t(`priorities.${m.priority}`)}
                                  {m.locked ? ` · ${t('schedule.locked')}` : ''}
                                </span>
                                <span className="event-actions">
                                  <button
                                    type="button"
                                    className="button button-link"
                                    aria-label={t(
                                      m.locked
                                        ? 'schedule.unlockWho'
                                        : 'schedule.lockWho',
                                      pairOf(m),
                                    )}
                                    disabled={place.isPending || data.published}
                                    onClick={() =>
                                      place.mutate({
                                        requestId: m.requestId,
                                        round: m.round,
                                        table: m.table,
                                        locked: !m.locked,
                                      })
                                    }
                                  >
                                    {m.locked
                                      ? t('schedule.unlock')
                                      : t('schedule.lock')}
                                  </button>
                                  <button
                                    type="button"
                                    className="button button-link"
                                    aria-label={t(
                                      'schedule.moveWho',
                                      pairOf(m),
                                    )}
                                    disabled={data.published}
                                    onClick={() =>
                                      setPlacing({
                                        requestId: m.requestId,
                                        ...pairOf(m),
                                        round: m.round,
                                        table: m.table,
                                        locked: m.locked,
                                      })
                                    }
                                  >
                                    {t('schedule.move')}
                                  </button>
                                </span>
                              </div>
                            ) : (
                              <span className="muted">
                                {t('schedule.free')}
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <section className="card" aria-labelledby={`${ids}unscheduled`}>
              <h2 id={`${ids}unscheduled`}>{t('schedule.unscheduled')}</h2>
              {data.unscheduled.length === 0 ? (
                <p className="muted">{t('schedule.noneUnscheduled')}</p>
              ) : (
                <ul className="event-row-list">
                  {data.unscheduled.map((r) => {
                    const pair = {
                      a: r.from.displayName,
                      b: r.to.displayName,
                    };
                    return (
                      <li key={r.id}>
                        <span>{t('schedule.pair', pair)}</span>{' '}
                        <span className="badge">
                          {t(`priorities.${r.priority}`)}
                        </span>{' '}
                        <button
                          type="button"
                          className="button button-link"
                          aria-label={t('schedule.placeWho', pair)}
                          disabled={data.published}
                          onClick={() =>
                            setPlacing({
                              requestId: r.id,
                              ...pair,
                              round: 0,
                              table: 0,
                              locked: true,
                            })
                          }
                        >
                          {t('schedule.place')}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          </div>
        );
      }}
    </QueryState>
  );
}

/** Organisers run the scheduler, see how close it is to the proven bound, lock or move meetings and publish. */
export function SchedulePage() {
  const { t } = useTranslation('events');
  return (
    <EventFrame section={t('schedule.title')} lead={t('schedule.lead')}>
      {(context) => <Scheduler {...context} />}
    </EventFrame>
  );
}
