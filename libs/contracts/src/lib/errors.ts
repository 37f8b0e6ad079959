/**
 * Every error the API answers carries a stable `code` from this catalogue. Clients translate the code (with
 * `params`); `message` is the English text for API users and logs. Adding a code is a contract change.
 */
export const ERROR_CATALOGUE = {
  // Generic, per status: used when nothing more specific applies.
  'request.invalid': { status: 400, message: 'The request is not valid' },
  'request.malformed_json': {
    status: 400,
    message: 'Request body is not valid JSON',
  },
  'request.malformed_body': {
    status: 400,
    message: 'Request body could not be decoded',
  },
  'request.too_deep': {
    status: 400,
    message: 'Request body is nested more than {limit} levels deep',
  },
  'request.too_large': { status: 413, message: 'Request body is too large' },
  'request.unsupported_encoding': {
    status: 415,
    message: 'Request body encoding is not supported',
  },
  'validation.failed': { status: 400, message: 'Some fields are not valid' },
  'field.invalid': { status: 400, message: '{field} is not valid' },
  'field.taken': { status: 409, message: '{field} is already used' },
  'field.bad_characters': {
    status: 400,
    message: '{field} contains characters that are not allowed',
  },
  'cursor.invalid': {
    status: 400,
    message: 'cursor is not valid; start from the first page',
  },
  'auth.unauthenticated': { status: 401, message: 'Sign in first' },
  'auth.bad_credentials': {
    status: 401,
    message: 'email or password is incorrect',
  },
  'auth.refresh_invalid': {
    status: 401,
    message: 'refresh token is missing or malformed',
  },
  'auth.rate_limited': {
    status: 429,
    message: 'Too many attempts; try again later',
  },
  'password.weak': {
    status: 400,
    message:
      'password is too easy to guess; a few uncommon words together work well',
  },
  'password.common': {
    status: 400,
    message: 'password is a commonly used password, word, name or date',
  },
  'password.pattern': {
    status: 400,
    message: 'password is a repeat, a sequence or a keyboard pattern',
  },
  'password.personal': {
    status: 400,
    message:
      'password must not be built on your email, your name or the name of this site',
  },
  'access.forbidden': { status: 403, message: 'You may not do this' },
  'access.role_required': {
    status: 403,
    message: 'This needs one of the roles: {roles}',
  },
  not_found: { status: 404, message: 'Not found' },
  conflict: { status: 409, message: 'This conflicts with the current state' },
  rate_limited: { status: 429, message: 'Too many requests; slow down' },
  internal: {
    status: 500,
    message: 'Something went wrong on our side; it has been logged',
  },

  // Accounts and directory.
  'account.not_found': {
    status: 404,
    message: 'Your account no longer exists',
  },
  'park.not_found': { status: 404, message: 'No such science park' },
  'incubator.not_found': { status: 404, message: 'No such incubator' },
  'startup.not_found': { status: 404, message: 'No such startup' },
  'startup.profile_missing': {
    status: 404,
    message: 'You have no startup profile yet',
  },
  'mentor.not_found': { status: 404, message: 'No such mentor' },
  'mentor.profile_missing': {
    status: 404,
    message: 'You have no mentor profile yet',
  },
  'profile.save_failed': {
    status: 409,
    message: 'The profile could not be saved',
  },
  'import.not_found': { status: 404, message: 'No such import' },
  'import.already_confirmed': {
    status: 409,
    message: 'This import has already been confirmed',
  },
  'import.stale': {
    status: 409,
    message:
      'Some rows clash with records added since the preview; nothing was written. Upload the file again.',
  },

  // Requests and mentorships.
  'request.startup_required': {
    status: 409,
    message: 'Create your startup profile before requesting a mentor',
  },
  'request.mentor_paused': {
    status: 409,
    message: 'This mentor has paused mentoring for now',
  },
  'request.mentor_full': {
    status: 409,
    message: 'This mentor has no free place at the moment',
  },
  'request.already_mentored': {
    status: 409,
    message: 'You are already working with this mentor',
  },
  'request.pending_limit': {
    status: 409,
    message:
      'You already have {limit} pending requests; wait for an answer or withdraw one',
  },
  'request.duplicate': {
    status: 409,
    message: 'You already have a pending request to this mentor',
  },
  'request.not_found': { status: 404, message: 'No such request' },
  'request.not_pending': {
    status: 409,
    message: 'This request is already {status}',
  },
  'request.expired': { status: 409, message: 'This request has expired' },
  'request.unconfirmed': {
    status: 409,
    message:
      'The programme proposed this pair; the founder has not confirmed it yet',
  },
  'request.not_withdrawable': {
    status: 409,
    message: 'Only a pending request of your startup can be withdrawn',
  },
  'request.not_confirmable': {
    status: 409,
    message:
      'Only a proposed, unconfirmed request of your startup can be confirmed',
  },
  'mentorship.capacity_full': {
    status: 409,
    message:
      'You have no free place left; raise your capacity or end a mentorship first',
  },
  'mentorship.already_active': {
    status: 409,
    message: 'You are already working with this startup',
  },
  'mentorship.not_found': { status: 404, message: 'No such mentorship' },
  'mentorship.already_ended': {
    status: 409,
    message: 'This mentorship has already ended',
  },
  'milestone.needs_active': {
    status: 409,
    message: 'Milestones belong to active mentorships',
  },
  'milestone.not_agreeable': {
    status: 409,
    message: 'Only the other side can agree to a milestone, once',
  },
  'milestone.not_achievable': {
    status: 409,
    message:
      'A milestone can be marked achieved once both sides have agreed to it',
  },
  'feedback.too_early': {
    status: 409,
    message: 'Feedback is given when the mentorship is completed or ended',
  },
  'feedback.duplicate': {
    status: 409,
    message: 'You have already left feedback for this mentorship',
  },
  'notification.not_found': { status: 404, message: 'No such notification' },

  // Matching.
  'recommendations.startup_required': {
    status: 404,
    message: 'Create your startup profile to get recommendations',
  },
  'cohort.not_found': { status: 404, message: 'No such cohort run' },
  'cohort.published': {
    status: 409,
    message: 'This cohort run is published; start a new run to change it',
  },
  'cohort.already_published': {
    status: 409,
    message: 'This cohort run is already published',
  },

  // Chat.
  'booking.not_found': { status: 404, message: 'No such session' },
  'booking.slot_taken': {
    status: 409,
    message: 'That time was just taken; choose another slot',
  },
  'booking.in_past': { status: 400, message: 'start is in the past' },
  'booking.too_soon': {
    status: 400,
    message:
      'start is sooner than the mentor needs: book at least {minutes} minutes ahead',
  },
  'booking.too_far': {
    status: 400,
    message:
      'start is further ahead than the mentor takes bookings ({days} days)',
  },
  'booking.length_not_offered': {
    status: 400,
    message: 'lengthMinutes must be one the mentor offers: {lengths}',
  },
  'booking.outside_availability': {
    status: 400,
    message: "start is outside the mentor's open hours",
  },
  'booking.day_full': {
    status: 409,
    message: 'The mentor takes no more than {max} sessions that day',
  },
  'booking.week_full': {
    status: 409,
    message: 'The mentor takes no more than {max} sessions that week',
  },
  'booking.needs_active_mentorship': {
    status: 409,
    message: 'Sessions are booked inside an active mentorship',
  },
  'booking.not_changeable': {
    status: 409,
    message: 'A {status} session cannot be changed',
  },
  'booking.reason_required': {
    status: 400,
    message:
      'reason is needed to change a session less than {hours} hours before it starts',
  },
  'booking.not_confirmable': {
    status: 409,
    message: 'Only a requested session can be confirmed',
  },
  'booking.not_started': {
    status: 409,
    message: 'This can be done once the session has started',
  },
  'booking.not_held': {
    status: 409,
    message: 'Feedback is left on a session that took place',
  },
  'booking.feedback_duplicate': {
    status: 409,
    message: 'You have already left feedback for this session',
  },
  'availability.not_set': {
    status: 404,
    message: 'This mentor has not opened any hours yet',
  },
  'office_hours.not_found': { status: 404, message: 'No such office hours' },
  'office_hours.full': { status: 409, message: 'Every seat is taken' },
  'office_hours.already_booked': {
    status: 409,
    message: 'You already hold a seat',
  },
  'office_hours.cancelled': {
    status: 409,
    message: 'These office hours were cancelled',
  },
  'calendar.feed_not_found': { status: 404, message: 'No such calendar feed' },
  'event.not_found': { status: 404, message: 'No such event' },
  'event.registration_closed': {
    status: 409,
    message: 'Registration and requests for this event are closed',
  },
  'event.already_registered': {
    status: 409,
    message: 'You are already registered for this event',
  },
  'event.kind_not_yours': {
    status: 400,
    message: 'kind must be how your account takes part: {allowed}',
  },
  'event.round_out_of_range': {
    status: 400,
    message: 'unavailableRounds must be round numbers from 0 to {last}',
  },
  'event.not_registered': {
    status: 403,
    message: 'Register for this event first',
  },
  'event.not_approved': {
    status: 409,
    message: 'Your registration is waiting for the organisers',
  },
  'event.participant_not_found': {
    status: 404,
    message: 'No such participant at this event',
  },
  'event.recipient_not_approved': {
    status: 409,
    message: 'That participant is not approved for this event',
  },
  'event.request_not_allowed': {
    status: 409,
    message: 'At this event a {from} may not ask a {to} for a meeting',
  },
  'event.request_self': {
    status: 400,
    message: 'toParticipantId must be someone else',
  },
  'event.quota_reached': {
    status: 409,
    message: 'You have sent all {quota} of your requests',
  },
  'event.request_duplicate': {
    status: 409,
    message: 'You have already asked each other for a meeting',
  },
  'event.request_not_found': { status: 404, message: 'No such meeting request' },
  'event.request_decided': {
    status: 409,
    message: 'This request has already been answered',
  },
  'event.setup_locked': {
    status: 409,
    message: 'The schedule is published; rounds and tables can no longer change',
  },
  'event.meeting_clash': {
    status: 409,
    message: 'That meeting clashes: {reason}',
  },
  'event.request_not_accepted': {
    status: 409,
    message: 'Only accepted requests get a meeting',
  },
  'event.not_scheduled': {
    status: 409,
    message: 'The schedule has not been published yet',
  },
  'event.meeting_not_held': {
    status: 409,
    message: 'Feedback is given once the meeting has taken place',
  },
  'event.feedback_duplicate': {
    status: 409,
    message: 'You have already given feedback on this meeting',
  },
  'event.not_live': {
    status: 409,
    message: 'The event day has not begun: publish the schedule and start a round first',
  },
  'event.bad_window': {
    status: 400,
    message: 'registrationClosesAt must be after registrationOpensAt and no later than startsAt',
  },
  'event.table_links': {
    status: 400,
    message: 'tableLinks must give one https link per table for an online event',
  },
  'conversation.not_found': { status: 404, message: 'No such conversation' },
  'conversation.not_member': {
    status: 403,
    message: 'You are not a member of this conversation',
  },
  'conversation.member_not_found': {
    status: 404,
    message: 'That person is not a member of this conversation',
  },
  'conversation.fixed_members': {
    status: 409,
    message:
      "A mentorship conversation's members are its mentor and founder; they cannot change",
  },
  'conversation.managers_only': {
    status: 403,
    message: "Only the group's managers and admins change its members",
  },
  // Sent with `retryAfterMs`: the message was not taken; send it again, same clientMessageId, after that long.
  'chat.busy': {
    status: 503,
    message: 'Chat is busy; send the message again in a moment',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return (
    typeof value === 'string' &&
    Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value)
  );
}

/** Fills `{name}` placeholders of a catalogue message. */
export function formatErrorMessage(
  template: string,
  params: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** One field that failed validation. */
export interface FieldError {
  field: string;
  messages: string[];
  /** Stable code of the first failure, when known (e.g. `field.taken`). */
  code?: ErrorCode;
}

/** The single error body every REST endpoint returns. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  code: ErrorCode;
  message: string;
  /** Values the client needs to render the message in its own language. */
  params?: Record<string, string | number>;
  details?: FieldError[] | Record<string, unknown>;
}
