import type { ImportKind } from '@torchbridge/contracts';

/** The header names the import expects, as the API's CSV reader spells them. */
export const IMPORT_COLUMNS: Record<
  ImportKind,
  { required: readonly string[]; optional: readonly string[] }
> = {
  mentors: {
    required: [
      'email',
      'displayName',
      'category',
      'headlineEn',
      'headlineZh',
      'bioEn',
      'bioZh',
      'sectors',
      'stages',
      'topics',
      'languages',
      'timeZone',
      'country',
      'city',
      'capacity',
    ],
    optional: [],
  },
  startups: {
    required: [
      'nameEn',
      'nameZh',
      'incubator',
      'sectors',
      'stage',
      'foundedYear',
      'teamSize',
      'languages',
      'timeZone',
      'marketDirection',
      'needs',
      'pitchEn',
      'pitchZh',
    ],
    optional: ['targetMarkets', 'highTechEnterprise'],
  },
};
