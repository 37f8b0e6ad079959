import type { Locale, NotificationView } from '@torchbridge/contracts';
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
export function notificationParams(n: NotificationView, locale: Locale): Record<string, string> {
  const p = n.payload;
  return {
    startup: pickText(p.startupNameEn ?? '', p.startupNameZh ?? '', locale).text,
    founder: p.founderName ?? '',
    mentor: p.mentorName ?? '',
    title: p.title ?? '',
    reason: p.reason ?? '',
  };
}

/** The resource key of each kind's sentence (a completed mentorship reads differently from one ended early). */
export function notificationKey(n: NotificationView): string {
  if (n.kind === 'mentorship.ended') {
    return n.payload.outcome === 'completed' ? 'kinds.mentorship.completed' : 'kinds.mentorship.ended';
  }
  return `kinds.${n.kind}`;
}
