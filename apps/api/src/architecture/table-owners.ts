/**
 * Which module owns each table: only the owner's code names it in SQL. Others call the owner's exported service,
 * inside their own transaction when they must change it. `access` reads across tables (relationship checks) and
 * writes none; `common/events` owns the outbox.
 */
export const TABLE_OWNERS = {
  users: 'users',
  refresh_tokens: 'auth',
  parks: 'directory',
  incubators: 'directory',
  incubator_managers: 'directory',
  startups: 'directory',
  startup_founders: 'directory',
  mentor_profiles: 'directory',
  imports: 'directory',
  mentorship_requests: 'mentorships',
  mentorships: 'mentorships',
  mentorship_milestones: 'mentorships',
  mentorship_feedback: 'mentorships',
  cohort_runs: 'matching',
  programme_settings: 'matching',
  conversations: 'chat',
  conversation_members: 'chat',
  messages: 'chat',
  notifications: 'notifications',
  mentor_availability: 'bookings',
  office_hours: 'bookings',
  bookings: 'bookings',
  booking_notes: 'bookings',
  booking_feedback: 'bookings',
  booking_reminders: 'bookings',
  calendar_feeds: 'bookings',
  events: 'events',
  event_participants: 'events',
  event_requests: 'events',
  event_meetings: 'events',
  event_meeting_feedback: 'events',
  outbox_events: 'common',
  // common/mail: the dev outbox and the keys of mail already sent.
  mail_outbox: 'common',
  mail_deliveries: 'common',
} as const;

export type TableName = keyof typeof TABLE_OWNERS;

/** Modules that may read any table but write none. */
export const READ_ANYWHERE = ['access'] as const;
