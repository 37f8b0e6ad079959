import type { EventLiveSignal } from './events';

/**
 * Things that happened, named and typed once. Services write them to the outbox in the transaction that made
 * the change; the dispatcher delivers them after commit to listeners (gateways, notifications, caches).
 * Payloads are plain JSON: they are stored, and may cross Redis.
 */
export interface DomainEventMap {
  'session.ended': { userId: string; sessionId: string };
  'user.registered': { userId: string; role: string };
  'user.updated': { userId: string };

  'park.created': { parkId: string };
  'incubator.created': { incubatorId: string };
  'incubator.manager_added': { incubatorId: string; userId: string };
  'startup.saved': { startupId: string; actorId: string };
  'mentor.saved': { mentorId: string; actorId: string };
  'mentor.vetted': {
    mentorId: string;
    mentorUserId: string;
    vetting: string;
    actorId: string;
  };
  'import.confirmed': {
    importId: string;
    kind: string;
    created: number;
    actorId: string;
  };

  'request.created': RequestEventParties & {
    proposed: boolean;
    cohortRunId: string | null;
  };
  'request.confirmed': RequestEventParties;
  'request.accepted': RequestEventParties & { mentorshipId: string };
  'request.declined': RequestEventParties & { reason: string };
  'request.withdrawn': RequestEventParties;
  'request.expired': RequestEventParties;

  'mentorship.started': {
    mentorshipId: string;
    requestId: string;
    conversationId: string;
    memberIds: string[];
  };
  'mentorship.ended': {
    mentorshipId: string;
    outcome: string;
    actorId: string;
    partyIds: string[];
  };
  'milestone.proposed': MilestoneEvent;
  'milestone.agreed': MilestoneEvent;
  'milestone.achieved': MilestoneEvent;
  'feedback.given': { mentorshipId: string; authorId: string; rating: number };

  'weights.updated': { actorId: string };
  'cohort.created': { cohortRunId: string; actorId: string };
  'cohort.updated': { cohortRunId: string; actorId: string };
  'cohort.published': {
    cohortRunId: string;
    actorId: string;
    requestIds: string[];
  };

  /** People joined a conversation (a new mentorship, a group, added members). */
  'conversation.members_added': {
    conversationId: string;
    userIds: string[];
    title: string | null;
    actorId: string | null;
  };
  'conversation.members_removed': {
    conversationId: string;
    userIds: string[];
    actorId: string | null;
  };

  'booking.requested': BookingEvent;
  'booking.confirmed': BookingEvent;
  'booking.rescheduled': BookingEvent & {
    previousStart: string;
    reason: string;
  };
  'booking.cancelled': BookingEvent & { reason: string };
  'booking.no_show': BookingEvent;
  'booking.completed': BookingEvent;
  'booking.reminder': BookingEvent & { before: '24h' | '1h'; userId: string };
  'booking.feedback_given': BookingEvent & { rating: number };
  'availability.updated': { mentorId: string; actorId: string };
  'office_hours.created': {
    officeHoursId: string;
    mentorId: string;
    actorId: string;
  };
  'office_hours.cancelled': {
    officeHoursId: string;
    mentorId: string;
    actorId: string;
  };

  'event.created': { eventId: string; actorId: string };
  'event.updated': { eventId: string; actorId: string };
  'event.registered': { eventId: string; participantId: string; userId: string; status: 'pending' | 'approved' };
  'event.registration_decided': EventTitles & { participantId: string; userId: string; approved: boolean; actorId: string };
  'event.request_created': EventTitles & { requestId: string; fromUserId: string; fromName: string; toUserId: string; priority: number };
  'event.request_decided': EventTitles & { requestId: string; fromUserId: string; toUserId: string; toName: string; accepted: boolean };
  'event.schedule_published': EventTitles & { userIds: string[]; actorId: string };
  /** The event day changed; `userIds` are everyone to tell (participants and organisers). */
  'event.live_changed': { signal: EventLiveSignal; userIds: string[] };

  'notification.created': { notificationId: string; userId: string };
  'notification.read': { userId: string; ids: string[] | 'all' };
}

export type DomainEventName = keyof DomainEventMap;

/** Who a request concerns, with the names a notification shows. */
export interface RequestEventParties {
  requestId: string;
  startupId: string;
  startupNameEn: string;
  startupNameZh: string;
  founderId: string;
  founderName: string;
  mentorId: string;
  mentorUserId: string;
  mentorName: string;
  /** False for a programme proposal the founder has not confirmed: the mentor has not been shown it. */
  founderConfirmed: boolean;
}

export interface MilestoneEvent {
  mentorshipId: string;
  milestoneId: string;
  title: string;
  actorId: string;
  partyIds: string[];
}

/** Every event name, so listeners and tests can enumerate them. */
export const DOMAIN_EVENT_NAMES = [
  'session.ended',
  'user.registered',
  'user.updated',
  'park.created',
  'incubator.created',
  'incubator.manager_added',
  'startup.saved',
  'mentor.saved',
  'mentor.vetted',
  'import.confirmed',
  'request.created',
  'request.confirmed',
  'request.accepted',
  'request.declined',
  'request.withdrawn',
  'request.expired',
  'mentorship.started',
  'mentorship.ended',
  'milestone.proposed',
  'milestone.agreed',
  'milestone.achieved',
  'feedback.given',
  'weights.updated',
  'cohort.created',
  'cohort.updated',
  'cohort.published',
  'conversation.members_added',
  'conversation.members_removed',
  'booking.requested',
  'booking.confirmed',
  'booking.rescheduled',
  'booking.cancelled',
  'booking.no_show',
  'booking.completed',
  'booking.reminder',
  'booking.feedback_given',
  'availability.updated',
  'office_hours.created',
  'office_hours.cancelled',
  'event.created',
  'event.updated',
  'event.registered',
  'event.registration_decided',
  'event.request_created',
  'event.request_decided',
  'event.schedule_published',
  'event.live_changed',
  'notification.created',
  'notification.read',
] as const satisfies readonly DomainEventName[];

// The dispatcher refuses a stored event whose name is missing above, so a name left out must fail to compile.
type UnlistedEvent = Exclude<
  DomainEventName,
  (typeof DOMAIN_EVENT_NAMES)[number]
>;
export const EVERY_EVENT_LISTED: [UnlistedEvent] extends [never]
  ? true
  : UnlistedEvent = true;

/** The event a change concerns, named in both languages for the notification. */
export interface EventTitles {
  eventId: string;
  titleEn: string;
  titleZh: string;
}

/** Who a session concerns, with the names and times a notification or an email shows. */
export interface BookingEvent {
  bookingId: string;
  mentorshipId: string | null;
  officeHoursId: string | null;
  mentorUserId: string;
  mentorName: string;
  founderUserId: string;
  founderName: string;
  start: string;
  end: string;
  /** Who made the change (null for the system: reminders, completion). */
  actorId: string | null;
}
