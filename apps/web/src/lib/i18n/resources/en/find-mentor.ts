/** Mentor recommendations for a founder and the request form. */
export const findMentor = {
  title: 'Find a mentor',
  intro:
    'Mentors ranked for your startup by sector, stage, needs, languages, shared working hours and market.',
  includePast: 'Include mentors I have worked with',
  loadFailed: 'Recommendations could not be loaded.',
  noStartup: 'Create your startup profile to get recommendations.',
  createStartup: 'Create your startup profile',
  empty:
    'No mentor with a free place fits your startup right now. Try again later or browse the directory.',
  request: 'Request',
  requestName: 'Request {{name}}',
  message: 'Message to {{name}}',
  messageHint:
    'Say why this mentor and what you hope to work on. They have 7 days to answer.',
  messageRequired: 'Write a short message.',
  send: 'Send request',
  sending: 'Sending…',
  cancel: 'Cancel',
  sent: 'Your request to {{name}} has been sent.',
  viewProfile: 'Full profile of {{name}}',
  localTime: 'Local time:',
  requested: 'Requested',
  requestedHint: 'You asked {{name}}; waiting for an answer.',
  yourMentor: 'Your mentor',
  yourMentorHint: '{{name}} is already mentoring your startup.',
};

export type FindMentorResources = typeof findMentor;
