/**
 * Error messages. Every code of the API's error catalogue (`ERROR_CATALOGUE` in contracts) has one, nested by the
 * dots of the code (`request.mentor_paused` is `request` → `mentor_paused`); `client` holds what the browser meets
 * on its own.
 */
export const errors = {
  client: {
    network:
      'Torchbridge could not be reached. Check your connection and try again.',
    rateLimitedWait: 'Too many attempts. Try again in {{seconds}} seconds.',
    checkFields: 'Please check these fields:',
    fieldMessage: '{{field}}: {{message}}',
    listSeparator: ', ',
  },

  request: {
    invalid:
      'The request could not be completed. Check what you entered and try again.',
    malformed_json:
      'The request could not be read. Reload the page and try again.',
    malformed_body:
      'The request could not be read. Reload the page and try again.',
    too_deep:
      'The request is nested too deeply to be read (more than {{limit}} levels).',
    too_large: 'That is too large to send. Try a smaller file.',
    unsupported_encoding:
      'The request’s encoding is not supported. Reload the page and try again.',
    startup_required: 'Create your startup profile before requesting a mentor.',
    mentor_paused: 'This mentor has paused mentoring for now.',
    mentor_full: 'This mentor has no free place at the moment.',
    already_mentored: 'You are already working with this mentor.',
    pending_limit:
      'You already have {{limit}} pending requests. Wait for an answer or withdraw one.',
    duplicate: 'You already have a pending request to this mentor.',
    not_found: 'This request does not exist.',
    not_pending: 'This request has already been answered (status: {{status}}).',
    expired: 'This request has expired.',
    unconfirmed:
      'The programme proposed this pair; the founder has not confirmed it yet.',
    not_withdrawable:
      'Only a waiting request of your startup can be withdrawn.',
    not_confirmable:
      'Only a pair the programme proposed to your startup, not yet confirmed, can be confirmed.',
  },
  validation: {
    failed: 'Some fields are not valid. Please check them.',
  },
  field: {
    invalid: '{{field}} is not valid.',
    bad_characters:
      '{{field}} contains characters that cannot be used, such as control or text-direction characters.',
    taken: '{{field}} is already in use.',
  },
  cursor: {
    invalid:
      'The list has changed since it was loaded. Start again from the first page.',
  },
  auth: {
    unauthenticated: 'Your session has ended. Please sign in again.',
    bad_credentials: 'Email or password is incorrect.',
    refresh_invalid: 'Your session could not be renewed. Please sign in again.',
    rate_limited: 'Too many attempts. Please wait a few minutes and try again.',
  },
  password: {
    weak: 'Too easy to guess. A few uncommon words together make a strong password.',
    common:
      'This is a common password, word, name or date. Choose something less predictable.',
    pattern:
      'Avoid repeats, sequences and keyboard patterns such as “aaaa”, “1234” or “qwerty”.',
    personal:
      'Do not use your email, your name or “Torchbridge” in your password.',
  },
  access: {
    forbidden: 'You do not have permission to do that.',
    role_required: 'Only these roles can do that: {{roles}}.',
  },
  not_found: 'This does not exist or is no longer available.',
  conflict:
    'This could not be done because something changed in the meantime. Reload and try again.',
  rate_limited: 'Too many requests. Please wait a moment and try again.',
  internal: 'Something went wrong on our side. Please try again.',

  account: {
    not_found: 'Your account no longer exists.',
  },
  park: {
    not_found: 'This science park does not exist.',
  },
  incubator: {
    not_found: 'This incubator does not exist.',
  },
  startup: {
    not_found: 'This startup does not exist.',
    profile_missing: 'You have no startup profile yet.',
  },
  mentor: {
    not_found: 'This mentor does not exist.',
    profile_missing: 'You have no mentor profile yet.',
  },
  profile: {
    save_failed: 'Your profile could not be saved. Please try again.',
  },
  import: {
    not_found: 'This import does not exist.',
    already_confirmed: 'This file has already been imported.',
    stale:
      'Some rows clash with records added since the file was checked, so nothing was imported. Check the file again.',
  },

  mentorship: {
    capacity_full:
      'You have no free place left. Raise your capacity or end a mentorship first.',
    already_active: 'You are already working with this startup.',
    not_found: 'This mentorship does not exist.',
    already_ended: 'This mentorship has already been closed.',
  },
  milestone: {
    needs_active: 'Milestones can only change while the mentorship is active.',
    not_agreeable: 'Only the other side can agree to a milestone, once.',
    not_achievable:
      'A milestone can be marked achieved once both sides have agreed to it.',
  },
  feedback: {
    too_early: 'Feedback can be left once the mentorship has been closed.',
    duplicate: 'You have already left feedback for this mentorship.',
  },
  notification: {
    not_found: 'This notification does not exist.',
  },

  recommendations: {
    startup_required: 'Create your startup profile to get recommendations.',
  },
  cohort: {
    not_found: 'This cohort run does not exist.',
    published: 'This cohort run is published; start a new run to change it.',
    already_published: 'This cohort run has already been published.',
  },

  booking: {
    not_found: 'This session does not exist.',
    slot_taken: 'That time was just taken. Choose another slot.',
    in_past: 'That time has already passed. Choose a later slot.',
    too_soon:
      'That is too soon for this mentor: book at least {{minutes}} minutes ahead.',
    too_far:
      'That is too far ahead: this mentor takes bookings up to {{days}} days ahead.',
    length_not_offered:
      'This mentor offers sessions of these lengths only: {{lengths}} minutes.',
    outside_availability: 'That time is outside the mentor’s open hours.',
    day_full: 'The mentor takes no more than {{max}} sessions that day.',
    week_full: 'The mentor takes no more than {{max}} sessions that week.',
    needs_active_mentorship: 'Sessions are booked within an active mentorship.',
    not_changeable:
      'This session can no longer be changed (status: {{status}}).',
    reason_required:
      'Give a reason: the session starts in less than {{hours}} hours.',
    not_confirmable: 'Only a requested session can be confirmed.',
    not_started: 'This can be done once the session has started.',
    not_held: 'Feedback is left on a session that took place.',
    feedback_duplicate: 'You have already left feedback for this session.',
  },
  availability: {
    not_set: 'This mentor has not opened any hours yet.',
  },
  office_hours: {
    not_found: 'These office hours do not exist.',
    full: 'Every seat is taken.',
    already_booked: 'You already hold a seat.',
    cancelled: 'These office hours were cancelled.',
  },
  event: {
    not_found: 'This event does not exist.',
    registration_closed: 'Registration and requests for this event are closed.',
    already_registered: 'You are already registered for this event.',
    kind_not_yours: 'Choose how your account takes part: {{allowed}}.',
    round_out_of_range: 'Rounds you cannot attend must be between 0 and {{last}}.',
    not_registered: 'Register for this event first.',
    not_approved: 'Your registration is waiting for the organisers.',
    participant_not_found: 'This participant is not at this event.',
    recipient_not_approved: 'This participant has not been approved for the event yet.',
    request_not_allowed: 'At this event a {{from}} may not ask a {{to}} for a meeting.',
    request_self: 'You cannot ask yourself for a meeting.',
    quota_reached: 'You have sent all {{quota}} of your requests.',
    request_duplicate: 'You have already asked each other for a meeting.',
    request_not_found: 'This meeting request does not exist.',
    request_decided: 'This request has already been answered.',
    setup_locked: 'The schedule is published; rounds and tables can no longer change.',
    bad_window: 'Registration must close after it opens and no later than the event starts.',
    meeting_clash: 'That meeting clashes: {{reason}}.',
    request_not_accepted: 'Only accepted requests get a meeting.',
    not_scheduled: 'The schedule has not been published yet.',
    meeting_not_held: 'Feedback is given once the meeting has taken place.',
    feedback_duplicate: 'You have already given feedback on this meeting.',
    not_live: 'The event day has not begun: publish the schedule and start a round first.',
    table_links: 'An online event needs one https link per table.',
  },
  calendar: {
    feed_not_found: 'This calendar feed does not exist.',
  },

  conversation: {
    not_found: 'This conversation does not exist.',
    not_member: 'You are not a member of this conversation.',
    member_not_found: 'That person is not a member of this conversation.',
    fixed_members:
      'A mentorship conversation always has its mentor and founder as members; they cannot change.',
    managers_only:
      'Only the group’s community managers and administrators can change its members.',
  },
  chat: {
    busy: 'Chat is busy; your message is sent again in a moment.',
  },
};

export type ErrorsResources = typeof errors;
