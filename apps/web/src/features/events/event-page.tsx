import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventView } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { formatDateTime } from '../../lib/time/format';
import { EventFrame, type EventContext } from './event-frame';
import { eventKeys } from './event-keys';
import { EventClocks, eventSpan } from './event-time';
import { MyRegistration, RegisterForm } from './register-form';
import { PendingRegistrations } from './pending-registrations';

function SetupSummary({ event, locale, viewerZone }: EventContext) {
  const { t } = useTranslation('events');
  const span = eventSpan(event);
  const at = (iso: string) =>
    formatDateTime(new Date(iso), { locale, timeZone: event.timeZone });
  return (
    <dl className="event-summary">
      <dt>{t('page.when')}</dt>
      <dd>
        <EventClocks
          start={span.start}
          end={span.end}
          eventZone={event.timeZone}
          viewerZone={viewerZone}
          locale={locale}
        />
      </dd>
      <dt>{t('page.where')}</dt>
      <dd>{event.online ? t('online') : event.venue}</dd>
      <dt>{t('page.format')}</dt>
      <dd>
        {t('page.formatLine', {
          rounds: event.rounds,
          minutes: event.roundMinutes,
          breakMinutes: event.breakMinutes,
        })}
        {' · '}
        {t('page.tables', { count: event.tableNames.length })}
      </dd>
      <dt>{t('page.registration')}</dt>
      <dd>
        {t('page.registrationWindow', {
          from: at(event.registrationOpensAt),
          to: at(event.registrationClosesAt),
        })}
      </dd>
      <dt>{t('page.quota')}</dt>
      <dd>{event.requestQuota}</dd>
      <dt>{t('page.approval')}</dt>
      <dd>
        {event.approvalRequired
          ? t('page.approvalRequired')
          : t('page.approvalOpen')}
      </dd>
      <dt>{t('page.rules')}</dt>
      <dd>
        {event.requestRules
          .map(([from, to]) =>
            t('page.rule', { from: t(`kinds.${from}`), to: t(`kinds.${to}`) }),
          )
          .join(', ')}
      </dd>
    </dl>
  );
}

function RoundsTimeline({ event, locale, viewerZone }: EventContext) {
  const { t } = useTranslation('events');
  return (
    <ol className="event-rounds">
      {event.schedule.map((round) => (
        <li key={round.index}>
          <strong>{t('page.round', { n: round.index + 1 })}</strong>{' '}
          <EventClocks
            start={round.start}
            end={round.end}
            eventZone={event.timeZone}
            viewerZone={viewerZone}
            locale={locale}
            withDay={false}
          />
        </li>
      ))}
    </ol>
  );
}

function OpenRegistration({ event }: { event: EventView }) {
  const { t } = useTranslation('events');
  const api = useApi();
  const queryClient = useQueryClient();
  const open = useMutation({
    mutationFn: () => api.openEvent(event.id),
    onSuccess: async (next) => {
      queryClient.setQueryData(eventKeys.one(next.id), next);
      await queryClient.invalidateQueries({ queryKey: eventKeys.list });
    },
  });
  return (
    <div className="event-actions">
      <button
        type="button"
        className="button button-primary"
        disabled={open.isPending}
        onClick={() => open.mutate()}
      >
        {open.isPending ? t('page.opening') : t('page.openRegistration')}
      </button>
      <ApiErrorAlert error={open.error} />
    </div>
  );
}

/** An event's setup and rounds; founders and mentors register here, organisers open it and approve registrations. */
export function EventPage() {
  const { t } = useTranslation('events');
  const { user } = useAuth();
  const ids = useId();
  const takesPart = user?.role === 'founder' || user?.role === 'mentor';
  return (
    <EventFrame>
      {(context) => (
        <div className="stack">
          {context.event.canManage && context.event.status === 'draft' ? (
            <OpenRegistration event={context.event} />
          ) : null}
          <section className="card" aria-labelledby={`${ids}setup`}>
            <h2 id={`${ids}setup`}>{t('page.setup')}</h2>
            <SetupSummary {...context} />
          </section>
          <section className="card" aria-labelledby={`${ids}rounds`}>
            <h2 id={`${ids}rounds`}>{t('page.rounds')}</h2>
            <RoundsTimeline {...context} />
          </section>
          {context.event.me ? (
            <MyRegistration event={context.event} me={context.event.me} />
          ) : takesPart ? (
            <RegisterForm {...context} />
          ) : null}
          {context.event.canManage ? (
            <PendingRegistrations event={context.event} />
          ) : null}
        </div>
      )}
    </EventFrame>
  );
}
