import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '@torchbridge/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { EventClocks, eventSpan, eventTitle } from './event-time';
import { EventStatusBadge } from './event-status-badge';
import { eventKeys } from './event-keys';
import './events.css';

/** Upcoming events with their times on the event's clock and the viewer's; organisers start new ones here. */
export function EventsPage() {
  const { t, i18n } = useTranslation('events');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const viewerZone = user?.timeZone ?? deviceTimeZone();
  const staff = user?.role === 'manager' || user?.role === 'admin';
  const events = useQuery({
    queryKey: eventKeys.list,
    queryFn: () => api.listEvents(),
  });

  return (
    <div className="page">
      <PageHeader title={t('title')} lead={t('lead')}>
        {staff ? (
          <Link className="button button-primary" to="/events/new">
            {t('newEvent')}
          </Link>
        ) : null}
      </PageHeader>
      <QueryState query={events} loadFailed={t('loadFailed')}>
        {(items) =>
          items.length === 0 ? (
            <p className="empty-state">{t('empty')}</p>
          ) : (
            <ul className="event-list">
              {items.map((event) => {
                const span = eventSpan(event);
                return (
                  <li key={event.id} className="card event-card">
                    <h2 className="event-card-title">
                      <Link to={`/events/${event.id}`}>
                        {eventTitle(event, locale)}
                      </Link>
                    </h2>
                    <p className="event-card-meta">
                      <EventStatusBadge status={event.status} />{' '}
                      <span className="muted">
                        {t('participantCount', {
                          count: event.participantCount,
                        })}
                      </span>
                    </p>
                    <EventClocks
                      start={span.start}
                      end={span.end}
                      eventZone={event.timeZone}
                      viewerZone={viewerZone}
                      locale={locale}
                    />
                    <p className="event-card-where">
                      {event.online ? t('online') : event.venue}
                    </p>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
