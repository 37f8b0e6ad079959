import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { EventFrame, type EventContext } from './event-frame';
import { eventKeys } from './event-keys';
import { EventClocks } from './event-time';

function Agenda({ event, locale, viewerZone }: EventContext) {
  const { t } = useTranslation('events');
  const api = useApi();
  const { user } = useAuth();
  const published = event.status === 'scheduled' || event.status === 'ended';
  const agenda = useQuery({
    queryKey: eventKeys.agenda(event.id),
    queryFn: () => api.eventAgenda(event.id),
    enabled: published,
  });
  if (!published) {
    return <p className="empty-state">{t('agenda.notYet')}</p>;
  }
  return (
    <QueryState query={agenda} loadFailed={t('agenda.loadFailed')}>
      {(meetings) =>
        meetings.length === 0 ? (
          <p className="empty-state">{t('agenda.empty')}</p>
        ) : (
          <ol className="event-agenda">
            {meetings.map((meeting) => {
              const other =
                meeting.a.userId === user?.id ? meeting.b : meeting.a;
              return (
                <li key={meeting.requestId} className="card">
                  <h2>{t('page.round', { n: meeting.round + 1 })}</h2>
                  <EventClocks
                    start={meeting.start}
                    end={meeting.end}
                    eventZone={event.timeZone}
                    viewerZone={viewerZone}
                    locale={locale}
                  />
                  <p>
                    <strong>
                      {t('agenda.with', { name: other.displayName })}
                    </strong>
                    {other.organisation ? ` · ${other.organisation}` : ''}
                  </p>
                  <p>
                    {t('agenda.table', { name: meeting.tableName })}
                    {meeting.tableLink ? (
                      <>
                        {' · '}
                        <a
                          href={meeting.tableLink}
                          rel="noreferrer"
                          target="_blank"
                        >
                          {t('agenda.join')}
                        </a>
                      </>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ol>
        )
      }
    </QueryState>
  );
}

/** The viewer's meetings at a published event in round order, on the event's clock and their own. */
export function AgendaPage() {
  const { t } = useTranslation('events');
  return (
    <EventFrame section={t('agenda.title')} lead={t('agenda.lead')}>
      {(context) => <Agenda {...context} />}
    </EventFrame>
  );
}
