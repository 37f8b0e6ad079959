import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationView } from '@torchbridge/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { formatDateTime } from '../../lib/time/format';
import {
  NOTIFICATIONS_KEY,
  UNREAD_KEY,
  applyNotificationsRead,
} from './notifications-cache';
import {
  notificationHref,
  notificationKey,
  notificationParams,
} from './notification-text';
import './notifications.css';

/** The bell in the header: unread badge, live through the realtime socket, and the latest notifications. */
export function NotificationBell() {
  const { t, i18n } = useTranslation('notifications');
  const api = useApi();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => api.unreadNotifications(),
  });
  const list = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => api.notifications(),
    enabled: open,
  });
  const markRead = useMutation({
    mutationFn: (id: string) => api.markNotificationRead(id),
    onSuccess: (count, id) =>
      applyNotificationsRead(queryClient, { ids: [id], unread: count.unread }),
  });
  const markAll = useMutation({
    mutationFn: () => api.markAllNotificationsRead(),
    onSuccess: (count) =>
      applyNotificationsRead(queryClient, { ids: 'all', unread: count.unread }),
  });

  useEffect(() => {
    if (!open) {
      return;
    }
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !rootRef.current?.contains(event.target as Node)
      ) {
        setOpen(false);
      }
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const count = unread.data?.unread ?? 0;
  const locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const timeZone = user?.timeZone ?? 'UTC';

  function follow(n: NotificationView) {
    setOpen(false);
    if (n.readAt === null) {
      markRead.mutate(n.id);
    }
  }

  return (
    <div className="notification-bell" ref={rootRef}>
      <button
        type="button"
        className="notification-bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={count > 0 ? t('bellUnread', { count }) : t('bell')}
        onClick={() => setOpen((v) => !v)}
      >
        <svg
          viewBox="0 0 24 24"
          width="20"
          height="20"
          aria-hidden="true"
          focusable="false"
        >
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {count > 0 && (
          <span className="notification-badge" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {open && (
        <section
          id={panelId}
          className="notification-panel"
          aria-label={t('title')}
        >
          <header className="notification-panel-header">
            <h2>{t('title')}</h2>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => markAll.mutate()}
              disabled={count === 0 || markAll.isPending}
            >
              {t('markAllRead')}
            </button>
          </header>
          {list.isPending ? (
            <p className="notification-empty">{t('loading')}</p>
          ) : list.isError ? (
            <p className="notification-empty" role="alert">
              {t('loadFailed')}
            </p>
          ) : list.data.length === 0 ? (
            <p className="notification-empty">{t('empty')}</p>
          ) : (
            <ul className="notification-list">
              {list.data.map((n) => (
                <li
                  key={n.id}
                  className={
                    n.readAt === null
                      ? 'notification-item unread'
                      : 'notification-item'
                  }
                >
                  <Link to={notificationHref(n)} onClick={() => follow(n)}>
                    {n.readAt === null && (
                      <span className="visually-hidden">{t('unread')} </span>
                    )}
                    <span className="notification-text">
                      {t(
                        notificationKey(n),
                        notificationParams(n, locale, timeZone),
                      )}
                    </span>
                    <time dateTime={n.createdAt}>
                      {formatDateTime(new Date(n.createdAt), {
                        locale,
                        timeZone,
                      })}
                    </time>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
