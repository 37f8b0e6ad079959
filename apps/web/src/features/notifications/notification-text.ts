import type { Locale, NotificationKind, NotificationView } from '@torchbridge/contracts';
import { pickText } from '../../lib/i18n/bilingual';

/** Where a notification leads: the thing it is about. */
export function notificationHref(n: NotificationView): string {
  const p = n.payload;
  if (n.kind === 'conversation.added' && p.conversationId) {
    return `/messages/${p.conversationId}`;
  }
  if (p.mentorshipId) {
    return `/mentorships/${p.mentorshipId}`;
  }
  return '/requests';
}

/** Interpolation values for the notification's sentence, with the startup named in the reader's language. */
export function notificationParams(n: NotificationView, locale: Locale): { startup: string; founder: string; mentor: string; title: string; reason: string } {
  const p = n.payload;
  return {
    startup: pickText(p.startupNameEn ?? '', p.startupNameZh ?? '', locale).text,
    founder: p.founderName ?? '',
    mentor: p.mentorName ?? '',
    title: p.title ?? '',
    reason: p.reason ?? '',
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
} as const satisfies Record<NotificationKind, string>;

/** The resource key of each kind's sentence (a completed mentorship reads differently from one ended early). */
export function notificationKey(n: NotificationView): (typeof KEYS)[NotificationKind] | 'kinds.mentorship.completed' {
  if (n.kind === 'mentorship.ended' && n.payload.outcome === 'completed') {
    return 'kinds.mentorship.completed';
  }
  return KEYS[n.kind];
}
