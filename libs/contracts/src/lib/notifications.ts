/** What a notification is about; the web renders each kind in the reader's language from `payload`. */
export const NOTIFICATION_KINDS = [
  'request.received',
  'request.proposed',
  'request.accepted',
  'request.declined',
  'request.expired',
  'request.withdrawn',
  'conversation.added',
  'mentorship.ended',
  'milestone.proposed',
  'milestone.agreed',
  'booking.requested',
  'booking.confirmed',
  'booking.rescheduled',
  'booking.cancelled',
  'booking.reminder',
  'event.registration_approved',
  'event.registration_declined',
  'event.request_received',
  'event.request_accepted',
  'event.request_declined',
  'event.schedule_published',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Payload fields a notification may carry (all optional; which are set depends on the kind):
 * ids to link to, and the names to show so the list needs no further lookups.
 */
export interface NotificationPayload {
  requestId?: string;
  mentorshipId?: string;
  conversationId?: string;
  startupNameEn?: string;
  startupNameZh?: string;
  founderName?: string;
  mentorName?: string;
  title?: string;
  reason?: string;
  outcome?: string;
  bookingId?: string;
  /** Session start and end (UTC instants) and the previous start of a rescheduled one. */
  start?: string;
  end?: string;
  previousStart?: string;
  /** '24h' or '1h' for reminders. */
  before?: string;
  /** A matchmaking event, its title in both languages, and the other person of a meeting request. */
  eventId?: string;
  eventTitleEn?: string;
  eventTitleZh?: string;
  personName?: string;
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationCount {
  unread: number;
}
