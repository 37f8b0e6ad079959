import { useQuery } from '@tanstack/react-query';
import type { EventView, Locale } from '@torchbridge/contracts';
import { PageHeader } from '@torchbridge/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router-dom';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { EventStatusBadge } from './event-status-badge';
import { eventKeys } from './event-keys';
import { eventTitle } from './event-time';
import './events.css';

export interface EventContext {
  event: EventView;
  locale: Locale;
  viewerZone: string;
}

/** The event from the URL, in the UI language. */
export function useEventQuery() {
  const { id = '' } = useParams();
  const api = useApi();
  return useQuery({
    queryKey: eventKeys.one(id),
    queryFn: () => api.event(id),
  });
}

/** The links between an event's screens; each person sees the ones they can use. */
function EventTabs({ event }: { event: EventView }) {
  const { t } = useTranslation('events');
  const base = `/events/${event.id}`;
  const approved = event.me?.status === 'approved';
  const tabs = [
    { to: base, label: t('tabs.overview'), end: true, show: true },
    {
      to: `${base}/participants`,
      label: t('tabs.participants'),
      show: event.status !== 'draft' || event.canManage,
    },
    {
      to: `${base}/requests`,
      label: t('tabs.requests'),
      show: Boolean(event.me) || event.canManage,
    },
    {
      to: `${base}/agenda`,
      label: t('tabs.agenda'),
      show: approved && event.status !== 'draft',
    },
    {
      to: `${base}/schedule`,
      label: t('tabs.schedule'),
      show: event.canManage,
    },
    { to: `${base}/edit`, label: t('tabs.edit'), show: event.canManage },
  ];
  return (
    <nav aria-label={t('tabs.label')} className="event-tabs">
      <ul>
        {tabs
          .filter((tab) => tab.show)
          .map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end ?? false}>
                {tab.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** One event's screen: loads the event, names the screen after it and shows the section links above its content. */
export function EventFrame({
  section,
  lead,
  children,
}: {
  /** The section's name, shown after the event's title; none on the overview. */
  section?: string;
  lead?: string;
  children(context: EventContext): ReactNode;
}) {
  const { t, i18n } = useTranslation('events');
  const locale = currentLocale(i18n);
  const { user } = useAuth();
  const viewerZone = user?.timeZone ?? deviceTimeZone();
  const event = useEventQuery();
  return (
    <div className="page">
      <QueryState query={event} loadFailed={t('page.loadFailed')}>
        {(data) => {
          const title = eventTitle(data, locale);
          return (
            <>
              <PageHeader
                title={section ? `${section} · ${title}` : title}
                lead={lead ?? data.description}
              >
                <p>
                  <EventStatusBadge status={data.status} />
                </p>
              </PageHeader>
              <EventTabs event={data} />
              {children({ event: data, locale, viewerZone })}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
