import type { ErrorCode, Role } from '@torchbridge/contracts';

/**
 * What staff hold of a permission: `all` — every manager and admin on every resource (the shared mentor pool);
 * `programme` — admins on every resource, managers on resources of the startups of incubators they manage;
 * `none` — only the people the relationship names (admins still hold it unless it is personal, see the service).
 */
export type StaffScope = 'all' | 'programme' | 'none';

/**
 * Every permission checked against a resource, with who holds it and what a caller without it is told.
 * Read denials answer "not found" so a stranger cannot probe which ids exist.
 */
export const PERMISSIONS = {
  /** The request's founder team, its mentor, staff of the startup's programme. */
  'request.read': { denied: 'request.not_found', staff: 'programme' },
  /** The mentor the request was sent to (accept, decline). */
  'request.decide': { denied: 'request.not_found', staff: 'none' },
  /** A founder of the requesting startup (withdraw, confirm a proposal). */
  'request.manage': { denied: 'request.not_found', staff: 'none' },
  /** The mentorship's founder team and mentor; staff of the startup's programme read it too. */
  'mentorship.read': { denied: 'mentorship.not_found', staff: 'programme' },
  /** The mentorship's founder team and mentor (milestones, feedback, ending it); staff as programme owners. */
  'mentorship.update': { denied: 'mentorship.not_found', staff: 'programme' },
  /** A mentor's email and phone: the mentor, every manager (mentors are one pool all programmes vet and match), founders in an active mentorship with them. */
  'mentor.contact': { denied: 'mentor.not_found', staff: 'all' },
  /** A startup's founder contacts: its founders, staff of its programme, mentors in an active mentorship with it. */
  'startup.contact': { denied: 'startup.not_found', staff: 'programme' },
  /** Running a startup's programme (putting it in a cohort run): staff of its incubator. */
  'startup.manage': { denied: 'access.forbidden', staff: 'programme' },
  /** Appointing an incubator's managers: admins and the incubator's own managers. Incubators are public, so 403. */
  'incubator.manage': { denied: 'access.forbidden', staff: 'programme' },
  /** Reading, re-running and publishing a cohort run: admins, and managers who run every startup in it. */
  'cohort.manage': { denied: 'cohort.not_found', staff: 'programme' },
  /** Reading and writing in a conversation: its members. */
  'conversation.read': { denied: 'conversation.not_member', staff: 'none' },
  'conversation.send': { denied: 'conversation.not_member', staff: 'none' },
  /** Changing a group's members: admins, and managers who are members of it. */
  'conversation.manage': { denied: 'conversation.managers_only', staff: 'none' },
  /** Marking a notification read: its recipient. */
  'notification.update': { denied: 'notification.not_found', staff: 'none' },
  /** Booking a session inside a mentorship: a founder of its startup. */
  'booking.create': { denied: 'mentorship.not_found', staff: 'none' },
  /** Reading a session: its mentor and its founder; staff see nothing of anyone's calendar. */
  'booking.read': { denied: 'booking.not_found', staff: 'none' },
  /** Rescheduling, cancelling, completing, notes and feedback: its mentor and its founder. */
  'booking.change': { denied: 'booking.not_found', staff: 'none' },
  /** Confirming a request and recording a no-show: the session's mentor. */
  'booking.decide': { denied: 'booking.not_found', staff: 'none' },
  /** Cancelling office hours: the mentor who holds them. */
  'office_hours.manage': { denied: 'office_hours.not_found', staff: 'none' },
  /** Organising a matchmaking event (setup, approvals, schedule): admins and managers of the hosting incubator. */
  'event.manage': { denied: 'access.forbidden', staff: 'programme' },
  /** Answering a meeting request at an event: the participant it was sent to. */
  'event_request.decide': { denied: 'event.request_not_found', staff: 'none' },
  /** Feedback on an event meeting: the two people in it. */
  'event_meeting.party': { denied: 'event.request_not_found', staff: 'none' },
  /** Taking back a meeting request: the participant who sent it. */
  'event_request.manage': { denied: 'event.request_not_found', staff: 'none' },
} as const satisfies Record<string, { denied: ErrorCode; staff: StaffScope }>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** Permissions a manager holds only within their programme (the incubators they manage). */
export type ProgrammePermission = { [P in Permission]: (typeof PERMISSIONS)[P]['staff'] extends 'programme' ? P : never }[Permission];

export const isStaff = (role: Role): boolean => role === 'manager' || role === 'admin';
