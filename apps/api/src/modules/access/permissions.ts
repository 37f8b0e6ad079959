import type { ErrorCode, Role } from '@torchbridge/contracts';

/**
 * Every permission checked against a resource, with who holds it and what a caller without it is told.
 * Read denials answer "not found" so a stranger cannot probe which ids exist.
 */
export const PERMISSIONS = {
  /** The request's founder team, its mentor, staff. */
  'request.read': { denied: 'request.not_found', staff: true },
  /** The mentor the request was sent to (accept, decline). */
  'request.decide': { denied: 'request.not_found', staff: false },
  /** A founder of the requesting startup (withdraw, confirm a proposal). */
  'request.manage': { denied: 'request.not_found', staff: false },
  /** The mentorship's founder team and mentor; staff read it too. */
  'mentorship.read': { denied: 'mentorship.not_found', staff: true },
  /** The mentorship's founder team and mentor (milestones, feedback, ending it); staff as programme owners. */
  'mentorship.update': { denied: 'mentorship.not_found', staff: true },
  /** A mentor's email and phone: the mentor, staff, founders in an active mentorship with them. */
  'mentor.contact': { denied: 'mentor.not_found', staff: true },
  /** A startup's founder contacts: its founders, staff, mentors in an active mentorship with it. */
  'startup.contact': { denied: 'startup.not_found', staff: true },
  /** Reading and writing in a conversation: its members. */
  'conversation.read': { denied: 'conversation.not_member', staff: false },
  'conversation.send': { denied: 'conversation.not_member', staff: false },
  /** Changing a group's members: admins, and managers who are members of it. */
  'conversation.manage': { denied: 'conversation.managers_only', staff: false },
  /** Marking a notification read: its recipient. */
  'notification.update': { denied: 'notification.not_found', staff: false },
} as const satisfies Record<string, { denied: ErrorCode; staff: boolean }>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export const isStaff = (role: Role): boolean => role === 'manager' || role === 'admin';
