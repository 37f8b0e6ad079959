/** Shared parts of the mentor and startup directories. */
export const directory = {
  search: 'Search',
  searchButton: 'Search',
  any: 'Any',
  sort: 'Sort by',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  showing: 'Showing {{count}} so far.',
  end: 'That is everyone matching these filters.',
  clearFilters: 'Clear filters',
  back: 'Back to the directory',
  sectors: 'Sectors',
  stages: 'Stages',
  topics: 'Topics',
  languages: 'Languages',
  location: 'Location',
  localTime: 'Local time',
  theirTime: 'Their time',
  yourTime: 'Your time',
  timePair: '{{theirs}} there · {{yours}} for you',
  zoneLine: '{{zone}} ({{offset}})',
  contact: 'Contact',
  email: 'Email',
  phone: 'Phone',
  notFound: 'This entry does not exist or is not visible to you.',
};

export type DirectoryResources = typeof directory;
