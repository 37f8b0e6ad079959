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
