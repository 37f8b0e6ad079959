/** Science parks and hubs: the list and the form that adds one. */
export const parks = {
  title: 'Science parks',
  intro:
    'The national high-tech zones of the Torch Programme and international innovation hubs.',
  search: 'Search by name',
  searchHint: 'English or Chinese, for example Zhongguancun or 中关村.',
  region: 'Region',
  allRegions: 'All regions',
  count: 'Showing {{shown}} of {{total}} science parks.',
  empty: 'No science parks match your search.',
  loadFailed: 'The science parks could not be loaded.',
  torchNo: 'Torch no. {{no}}',
  incubators: 'Incubators: {{count}}',
  location: 'Location',
  website: 'Website',
  add: {
    title: 'Add a park or hub',
    intro: 'For national high-tech zones and innovation hubs outside China.',
    nameEn: 'Name in English',
    nameZh: 'Name in Chinese',
    nameZhHint: 'Optional for hubs outside China.',
    city: 'City',
    country: 'Country',
    countryHint: 'Two-letter code, for example CN or DE.',
    region: 'Region',
    website: 'Website',
    websiteHint: 'Optional, starting with https://',
    submit: 'Add park',
    submitting: 'Adding…',
    added: '{{name}} has been added.',
  },
};

export type ParksResources = typeof parks;
