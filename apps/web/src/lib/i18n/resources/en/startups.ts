/** The startup directory and startup pages. */
export const startups = {
  title: 'Startups',
  intro:
    'Technology startups in Torch Programme parks and incubators looking for mentors.',
  searchHint: 'Names and pitches, in English or Chinese.',
  need: 'Need',
  region: 'Region',
  marketDirection: 'Market direction',
  sortName: 'Name',
  sortNewest: 'Newest',
  empty: 'No startups match these filters. Try fewer filters.',
  loadFailed: 'The startups could not be loaded.',
  incubator: 'Incubator',
  stage: 'Stage',
  needs: 'Looking for help with',
  pitch: 'Pitch',
  noPitch: 'No pitch yet.',
  founded: 'Founded',
  teamSize: 'Team size',
  targetMarkets: 'Target markets',
  highTech: 'High-tech enterprise',
  founders: 'Founders',
};

export type StartupsResources = typeof startups;
