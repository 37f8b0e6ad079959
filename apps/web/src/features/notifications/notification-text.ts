import type {
  Locale,
  NotificationKind,
  NotificationView,
} from '@torchbridge/contracts';
import { pickText } from '../../lib/i18n/bilingual';
import { formatDateTime } from '../../lib/time/format';

/** Where a notification leads: the thing it is about. */
export function notificationHref(n: NotificationView): string {
  const p = n.payload;
  if (p.bookingId) {
    return `/sessions/${p.bookingId}`;
  }
  if (p.eventId) {
    return `/events/${p.eventId}`;
  }
  if (n.kind === 'conversation.added' && p.conversationId) {
    return `/messages/${p.conversationId}`;
  }
  if (p.mentorshipId) {
    return `/mentorships/${p.mentorshipId}`;
  }
  return '/requests';
}

/** Interpolation values for the notification's sentence: the startup named in the reader's language, session times on the reader's clock. */
export function notificationParams(
  n: NotificationView,
  locale: Locale,
  timeZone: string,
): {
  startup: string;
  founder: string;
  mentor: string;
  title: string;
  reason: string;
  start: string;
  previousStart: string;
  event: string;
  person: string;
} {
  const p = n.payload;
  const when = (iso: string | undefined) =>
    iso ? formatDateTime(new Date(iso), { locale, timeZone }) : '';
  return {
    startup: pickText(p.startupNameEn ?? '', p.startupNameZh ?? '', locale)
      .text,
    founder: p.founderName ?? '',
    mentor: p.mentorName ?? '',
    title: p.title ?? '',
    reason: p.reason ?? '',
    start: when(p.start),
    previousStart: when(p.previousStart),
    event: pickText(p.eventTitleEn ?? '', p.eventTitleZh ?? '', locale).text,
    person: p.personName ?? '',
  };
}

const KEYS = {
  'request.received': 'kinds.request.received',
  'request.proposed': 'kinds.request.proposed',
  'request.accepted': 'kinds.request.accepted',
  'request.declined': 'kinds.request.declined',
  'request.expired': 'kinds.request.expired',
  'request.withdrawn': 'kinds.request.withdrawn',
  'conversation.added': 'kinds.conversation.added',
  'mentorship.ended': 'kinds.mentorship.ended',
  'milestone.proposed': 'kinds.milestone.proposed',
  'milestone.agreed': 'kinds.milestone.agreed',
  'booking.requested': 'kinds.booking.requested',
  'booking.confirmed': 'kinds.booking.confirmed',
  'booking.rescheduled': 'kinds.booking.rescheduled',
  'booking.cancelled': 'kinds.booking.cancelled',
  'booking.reminder': 'kinds.booking.reminder',
  'event.registration_approved': 'kinds.event.registration_approved',
  'event.registration_declined': 'kinds.event.registration_declined',
  'event.request_received': 'kinds.event.request_received',
  'event.request_accepted': 'kinds.event.request_accepted',
  'event.request_declined': 'kinds.event.request_declined',
  'event.schedule_published': 'kinds.event.schedule_published',
} as const satisfies Record<NotificationKind, string>;

type NotificationKey =
  | (typeof KEYS)[NotificationKind]
  | 'kinds.mentorship.completed'
  | 'kinds.booking.cancelledWithReason'
  | 'kinds.booking.rescheduledWithReason'
  | 'kinds.booking.reminderSoon';

/** The resource key of each kind's sentence (a completed mentorship reads differently from one ended early; a reason is quoted only when given). */
export function notificationKey(n: NotificationView): NotificationKey {
  if (n.kind === 'mentorship.ended' && n.payload.outcome === 'completed') {
    return 'kinds.mentorship.completed';
  }
  if (n.kind === 'booking.cancelled' && n.payload.reason) {
    return 'kinds.booking.cancelledWithReason';
  }
  if (n.kind === 'booking.rescheduled' && n.payload.reason) {
    return 'kinds.booking.rescheduledWithReason';
  }
  if (n.kind === 'booking.reminder' && n.payload.before === '1h') {
    return 'kinds.booking.reminderSoon';
  }
  return KEYS[n.kind];
}
