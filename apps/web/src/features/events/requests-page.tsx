import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventRequestView, Locale } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { formatDateTime } from '../../lib/time/format';
import { EventFrame, type EventContext } from './event-frame';
import { eventKeys } from './event-keys';

type Action = { id: string; kind: 'accept' | 'decline' | 'withdraw' };

function RequestRow({
  request,
  heading,
  locale,
  viewerZone,
  actions,
}: {
  request: EventRequestView;
  heading: string;
  locale: Locale;
  viewerZone: string;
  actions?: React.ReactNode;
}) {
  const { t } = useTranslation('events');
  return (
    <li>
      <p>
        <strong>{heading}</strong>{' '}
        <span className="badge">{t(`priorities.${request.priority}`)}</span>{' '}
        <span
          className={`badge${request.status === 'pending' ? '' : ' badge-quiet'}`}
        >
          {t(`requestStatuses.${request.status}`)}
        </span>
      </p>
      {request.message ? <p>{request.message}</p> : null}
      <p className="muted">
        {formatDateTime(new Date(request.createdAt), {
          locale,
          timeZone: viewerZone,
        })}
      </p>
      {actions ? <div className="event-actions">{actions}</div> : null}
    </li>
  );
}

function Requests({ event, locale, viewerZone }: EventContext) {
  const { t } = useTranslation('events');
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = useId();
  const requests = useQuery({
    queryKey: eventKeys.requests(event.id),
    queryFn: () => api.eventRequests(event.id),
  });
  const act = useMutation({
    mutationFn: ({ id, kind }: Action) =>
      kind === 'withdraw'
        ? api.withdrawEventRequest(id)
        : api.decideEventRequest(id, kind === 'accept'),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: eventKeys.all });
    },
  });
  const me = event.me;
  const button = (
    action: Action,
    label: string,
    name: string,
    tone: 'primary' | 'secondary',
  ) => (
    <button
      type="button"
      className={`button button-${tone}`}
      aria-label={name}
      disabled={act.isPending}
      onClick={() => act.mutate(action)}
    >
      {label}
    </button>
  );

  return (
    <QueryState query={requests} loadFailed={t('requests.loadFailed')}>
      {(items) => {
        if (!me) {
          return (
            <section className="card" aria-labelledby={`${ids}all`}>
              <h2 id={`${ids}all`}>{t('requests.all')}</h2>
              {items.length === 0 ? (
                <p className="muted">{t('requests.none')}</p>
              ) : (
                <ul className="event-row-list">
                  {items.map((r) => (
                    <RequestRow
                      key={r.id}
                      request={r}
                      heading={t('requests.between', {
                        from: r.from.displayName,
                        to: r.to.displayName,
                      })}
                      locale={locale}
                      viewerZone={viewerZone}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        }
        const received = items.filter((r) => r.to.participantId === me.id);
        const sent = items.filter((r) => r.from.participantId === me.id);
        return (
          <div className="stack">
            <ApiErrorAlert error={act.error} />
            <section className="card" aria-labelledby={`${ids}received`}>
              <h2 id={`${ids}received`}>{t('requests.received')}</h2>
              {received.length === 0 ? (
                <p className="muted">{t('requests.noneReceived')}</p>
              ) : (
                <ul className="event-row-list">
                  {received.map((r) => (
                    <RequestRow
                      key={r.id}
                      request={r}
                      heading={`${t('requests.from', { name: r.from.displayName })}${r.from.organisation ? ` · ${r.from.organisation}` : ''}`}
                      locale={locale}
                      viewerZone={viewerZone}
                      actions={
                        r.status === 'pending' ? (
                          <>
                            {button(
                              { id: r.id, kind: 'accept' },
                              t('requests.accept'),
                              t('requests.acceptWho', {
                                name: r.from.displayName,
                              }),
                              'primary',
                            )}
                            {button(
                              { id: r.id, kind: 'decline' },
                              t('requests.decline'),
                              t('requests.declineWho', {
                                name: r.from.displayName,
                              }),
                              'secondary',
                            )}
                          </>
                        ) : undefined
                      }
                    />
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby={`${ids}sent`}>
              <h2 id={`${ids}sent`}>{t('requests.sent')}</h2>
              {sent.length === 0 ? (
                <p className="muted">{t('requests.noneSent')}</p>
              ) : (
                <ul className="event-row-list">
                  {sent.map((r) => (
                    <RequestRow
                      key={r.id}
                      request={r}
                      heading={`${t('requests.to', { name: r.to.displayName })}${r.to.organisation ? ` · ${r.to.organisation}` : ''}`}
                      locale={locale}
                      viewerZone={viewerZone}
                      actions={
                        r.status === 'pending'
                          ? button(
                              { id: r.id, kind: 'withdraw' },
                              t('requests.withdraw'),
                              t('requests.withdrawWho', {
                                name: r.to.displayName,
                              }),
                              'secondary',
                            )
                          : undefined
                      }
                    />
                  ))}
                </ul>
              )}
            </section>
          </div>
        );
      }}
    </QueryState>
  );
}

/** Meeting requests the viewer received (to accept or decline) and sent (to withdraw while unanswered). */
export function EventRequestsPage() {
  const { t } = useTranslation('events');
  return (
    <EventFrame section={t('requests.title')} lead={t('requests.lead')}>
      {(context) => <Requests {...context} />}
    </EventFrame>
  );
}
