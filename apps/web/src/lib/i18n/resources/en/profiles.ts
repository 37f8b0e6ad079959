/** A person’s own startup or mentor profile. */
export const profiles = {
  form: {
    save: 'Save profile',
    saving: 'Saving…',
    saved: 'Your profile has been saved.',
    loadFailed: 'Your profile could not be loaded.',
    otherLanguageHint:
      'Write it in both languages so founders and mentors on either side can read it.',
    listHint: 'Choose at least one.',
  },
  startup: {
    title: 'My startup',
    intro:
      'Mentors find you by these details. Chinese and English names and pitches help both sides.',
    newProfile:
      'You have no startup profile yet. Fill in the form to create one.',
    nameEn: 'Name in English',
    nameZh: 'Name in Chinese',
    incubator: 'Incubator',
    chooseIncubator: 'Choose your incubator',
    sectors: 'Sectors',
    sectorsHint: 'Up to 4.',
    stage: 'Stage',
    foundedYear: 'Founded in (year)',
    teamSize: 'Team size',
    languages: 'Languages your team speaks',
    needs: 'Where you need help',
    needsHint: 'Up to 10.',
    targetMarkets: 'Target markets',
    targetMarketsHint:
      'Country codes separated by commas, for example DE, FR, NL.',
    marketDirection: 'Market direction',
    pitchEn: 'Pitch in English',
    pitchZh: 'Pitch in Chinese',
    highTech: 'Recognised as a national high-tech enterprise',
  },
  mentor: {
    title: 'My mentor profile',
    intro:
      'Founders search these details. New profiles are reviewed by a community manager before they appear.',
    newProfile:
      'You have no mentor profile yet. Fill in the form to create one.',
    vettingTitle: 'Review status',
    pending:
      'Your profile is waiting for review by a community manager. Founders will see it once it is approved.',
    approved: 'Your profile is approved and visible to founders.',
    rejected: 'Your profile was not approved.',
    reason: 'Reason: {{reason}}',
    category: 'Category',
    chooseCategory: 'Choose a category',
    headlineEn: 'Headline in English',
    headlineZh: 'Headline in Chinese',
    bioEn: 'Biography in English',
    bioZh: 'Biography in Chinese',
    sectors: 'Sectors',
    sectorsHint: 'Up to 6.',
    stages: 'Stages you can help with',
    topics: 'Topics',
    topicsHint: 'Up to 10.',
    languages: 'Languages you speak',
    country: 'Country',
    countryHint: 'Two-letter code, for example DE or CN.',
    city: 'City',
    capacity: 'Mentees at a time',
    capacityHint: 'From 0 to 50.',
    status: 'Availability',
    open: 'Open to new mentees',
    paused: 'Paused',
    pausedUntil: 'Paused until',
    conflicts: 'Conflicts of interest',
    conflictsHint: 'Companies or funds you cannot advise, one per line.',
    phone: 'Phone',
    phoneHint: 'Optional. Shown only to your mentees and community managers.',
  },
};

export type ProfilesResources = typeof profiles;
