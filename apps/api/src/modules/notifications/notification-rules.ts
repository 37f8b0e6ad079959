import type { BookingEvent, DomainEventMap, EventTitles, DomainEventName, NotificationKind, NotificationPayload, RequestEventParties } from '@torchbridge/contracts';

/** One notification to write: who gets it, of what kind, with what to show. */
export interface Planned {
  userIds: string[];
  kind: NotificationKind;
  payload: NotificationPayload;
}

type Rule<K extends DomainEventName> = (event: DomainEventMap[K]) => Planned[];

function names(p: RequestEventParties): NotificationPayload {
  return { requestId: p.requestId, startupNameEn: p.startupNameEn, startupNameZh: p.startupNameZh, founderName: p.founderName, mentorName: p.mentorName };
}

const others = (ids: string[], actorId: string | null): string[] => ids.filter((id) => id !== actorId);

function session(e: BookingEvent): NotificationPayload {
  return { bookingId: e.bookingId, start: e.start, end: e.end, mentorName: e.mentorName, founderName: e.founderName, ...(e.mentorshipId ? { mentorshipId: e.mentorshipId } : {}) };
}

const parties = (e: BookingEvent): string[] => [e.mentorUserId, e.founderUserId];

const eventNames = (e: EventTitles): NotificationPayload => ({ eventId: e.eventId, eventTitleEn: e.titleEn, eventTitleZh: e.titleZh });

/**
 * Which events become notifications, for whom. Events not listed here (directory edits, reads, sign-outs…) notify
 * nobody. A mentorship's own conversation is announced by the accepted request, not again as "added to a conversation".
 */
export const NOTIFICATION_RULES: { [K in DomainEventName]?: Rule<K> } = {
  'request.created': (e) =>
    e.proposed ? [{ userIds: [e.founderId], kind: 'request.proposed', payload: names(e) }] : [{ userIds: [e.mentorUserId], kind: 'request.received', payload: names(e) }],
  'request.confirmed': (e) => [{ userIds: [e.mentorUserId], kind: 'request.received', payload: names(e) }],
  'request.accepted': (e) => [{ userIds: [e.founderId], kind: 'request.accepted', payload: { ...names(e), mentorshipId: e.mentorshipId } }],
  'request.declined': (e) => [{ userIds: [e.founderId], kind: 'request.declined', payload: { ...names(e), reason: e.reason } }],
  // A proposal the founder never confirmed was never shown to the mentor, so its withdrawal is not news to them.
  'request.withdrawn': (e) => (e.founderConfirmed ? [{ userIds: [e.mentorUserId], kind: 'request.withdrawn', payload: names(e) }] : []),
  'request.expired': (e) => [{ userIds: [e.founderId], kind: 'request.expired', payload: names(e) }],
  'conversation.members_added': (e) =>
    e.title === null ? [] : [{ userIds: others(e.userIds, e.actorId), kind: 'conversation.added', payload: { conversationId: e.conversationId, title: e.title } }],
  'mentorship.ended': (e) => [{ userIds: others(e.partyIds, e.actorId), kind: 'mentorship.ended', payload: { mentorshipId: e.mentorshipId, outcome: e.outcome } }],
  'milestone.proposed': (e) => [{ userIds: others(e.partyIds, e.actorId), kind: 'milestone.proposed', payload: { mentorshipId: e.mentorshipId, title: e.title } }],
  'milestone.agreed': (e) => [{ userIds: others(e.partyIds, e.actorId), kind: 'milestone.agreed', payload: { mentorshipId: e.mentorshipId, title: e.title } }],
  // Sessions: the other person hears of a request, a confirmation, a move or a cancellation; reminders go to whom they name.
  'booking.requested': (e) => [{ userIds: others(parties(e), e.actorId), kind: 'booking.requested', payload: session(e) }],
  'booking.confirmed': (e) => [{ userIds: others(parties(e), e.actorId), kind: 'booking.confirmed', payload: session(e) }],
  'booking.rescheduled': (e) => [{ userIds: others(parties(e), e.actorId), kind: 'booking.rescheduled', payload: { ...session(e), previousStart: e.previousStart, reason: e.reason } }],
  'booking.cancelled': (e) => [{ userIds: others(parties(e), e.actorId), kind: 'booking.cancelled', payload: { ...session(e), reason: e.reason } }],
  'booking.reminder': (e) => [{ userIds: [e.userId], kind: 'booking.reminder', payload: { ...session(e), before: e.before } }],

  'event.registration_decided': (e) => [
    { userIds: [e.userId], kind: e.approved ? 'event.registration_approved' : 'event.registration_declined', payload: eventNames(e) },
  ],
  'event.request_created': (e) => [{ userIds: [e.toUserId], kind: 'event.request_received', payload: { ...eventNames(e), personName: e.fromName } }],
  'event.request_decided': (e) => [
    { userIds: [e.fromUserId], kind: e.accepted ? 'event.request_accepted' : 'event.request_declined', payload: { ...eventNames(e), personName: e.toName } },
  ],
  'event.schedule_published': (e) => [{ userIds: e.userIds, kind: 'event.schedule_published', payload: eventNames(e) }],
};
