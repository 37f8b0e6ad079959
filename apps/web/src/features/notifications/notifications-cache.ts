import type { QueryClient } from '@tanstack/react-query';
import type {
  NotificationCount,
  NotificationView,
  ServerToClientEvents,
} from '@torchbridge/contracts';
import { REQUESTS_QUERY_KEY } from '../requests/requests-query';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
export const UNREAD_KEY = ['notifications', 'unread'] as const;

type NewEvent = Parameters<ServerToClientEvents['notification:new']>[0];
type ReadEvent = Parameters<ServerToClientEvents['notification:read']>[0];

/** A pushed notification goes straight into the cached list and badge; the screens it concerns refetch. */
export function applyNotification(client: QueryClient, event: NewEvent): void {
  client.setQueryData<NotificationView[]>(NOTIFICATIONS_KEY, (list) =>
    list
      ? [
          event.notification,
          ...list.filter((n) => n.id !== event.notification.id),
        ]
      : list,
  );
  client.setQueryData<NotificationCount>(UNREAD_KEY, { unread: event.unread });
  const kind = event.notification.kind;
  if (kind.startsWith('request.')) {
    void client.invalidateQueries({ queryKey: REQUESTS_QUERY_KEY });
  }
  if (
    kind === 'request.accepted' ||
    kind.startsWith('mentorship.') ||
    kind.startsWith('milestone.')
  ) {
    void client.invalidateQueries({ queryKey: ['mentorships'] });
  }
}

/** Read marks from this or another tab. */
export function applyNotificationsRead(
  client: QueryClient,
  event: ReadEvent,
): void {
  const at = new Date().toISOString();
  client.setQueryData<NotificationView[]>(NOTIFICATIONS_KEY, (list) =>
    list?.map((n) =>
      n.readAt === null && (event.ids === 'all' || event.ids.includes(n.id))
        ? { ...n, readAt: at }
        : n,
    ),
  );
  client.setQueryData<NotificationCount>(UNREAD_KEY, { unread: event.unread });
}
