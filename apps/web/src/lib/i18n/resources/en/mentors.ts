/** The mentor directory and mentor pages. */
export const mentors = {
  title: 'Mentors',
  intro:
    'Volunteer mentors in Europe and China with experience in technology, industry and investment.',
  searchHint: 'Names, headlines and bios, in English or Chinese.',
  sector: 'Sector',
  stage: 'Stage',
  topic: 'Topic',
  language: 'Speaks',
  country: 'Country',
  available: 'Only mentors with a free place',
  vetting: 'Vetting',
  sortName: 'Name',
  sortNewest: 'Newest',
  sortFreePlaces: 'Most free places',
  empty: 'No mentors match these filters. Try fewer filters.',
  loadFailed: 'The mentors could not be loaded.',
  freePlaces: 'Free places: {{count}} of {{capacity}}',
  paused: 'Paused',
  pausedUntil: 'Paused until {{date}}',
  category: 'Category',
  bio: 'About',
  noBio: 'No biography yet.',
  conflicts: 'Conflicts of interest',
  vettingState: 'Vetting: {{state}}',
  searchHintLabels:
    'Names, sectors, stages and topics, headlines and bios, in English or Chinese.',
  requestTitle: 'Mentoring',
  requestLead: 'Ask {{name}} to mentor your startup.',
  requestDisabledRequested:
    'You have already asked {{name}}. You can withdraw the request under My requests.',
  requestDisabledMentor: '{{name}} is already your mentor.',
  requestDisabledFull: '{{name}} has no free place right now.',
  requestDisabledPaused: '{{name}} is not taking new startups right now.',
  openMyRequests: 'Open My requests',
  openMentorship: 'Open the mentorship',
};

export type MentorsResources = typeof mentors;
