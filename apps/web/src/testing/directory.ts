import type {
  ImportReport,
  IncubatorView,
  MentorCard,
  MentorDetail,
  Page,
  StartupCard,
  StartupDetail,
} from '@torchbridge/contracts';
import { PARKS } from './parks';

/** A mentor card shaped like the seeded ones: a Berlin executive with two free places. */
export function makeMentor(overrides: Partial<MentorCard> = {}): MentorCard {
  return {
    id: 'a1e0c9d4-0000-4000-8000-000000000001',
    userId: 'a1e0c9d4-0000-4000-8000-0000000000a1',
    displayName: 'Anna Schmidt',
    headlineEn: 'Former automotive supplier COO, EU market entry',
    headlineZh: '前汽车零部件供应商首席运营官，协助进入欧盟市场',
    category: 'executive',
    sectors: ['nev', 'semiconductors'],
    stages: ['scaling'],
    topics: ['market-entry-europe', 'certification'],
    languages: ['de', 'en'],
    timeZone: 'Europe/Berlin',
    country: 'DE',
    city: 'Berlin',
    capacity: 3,
    freePlaces: 2,
    status: 'open',
    pausedUntil: null,
    vetting: 'approved',
    ...overrides,
  };
}

export function makeMentorDetail(
  overrides: Partial<MentorDetail> = {},
): MentorDetail {
  return {
    ...makeMentor(),
    bioEn:
      'Twenty years in automotive supply chains between Stuttgart and Shenzhen.',
    bioZh: '在斯图加特与深圳之间从事汽车供应链工作二十年。',
    conflicts: [],
    vettingReason: null,
    ...overrides,
  };
}

export function page<T>(items: T[], nextCursor: string | null = null): Page<T> {
  return { items, nextCursor };
}

export const INCUBATORS: IncubatorView[] = [
  {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    nameEn: 'Zhongguancun Returnee Venture Park',
    nameZh: '中关村留学人员创业园',
    kind: 'returnee',
    city: 'Beijing',
    country: 'CN',
    parkId: PARKS[0]?.id ?? '',
  },
  {
    id: 'c0ffee00-0000-4000-8000-000000000002',
    nameEn: 'Adlershof Start-up Centre',
    nameZh: '阿德勒斯霍夫创业中心',
    kind: 'international',
    city: 'Berlin',
    country: 'DE',
    parkId: PARKS[2]?.id ?? '',
  },
];

export function makeStartup(overrides: Partial<StartupCard> = {}): StartupCard {
  return {
    id: '5ca1ab1e-0000-4000-8000-000000000001',
    nameEn: 'Lumen Photonics',
    nameZh: '流明光电',
    incubatorId: INCUBATORS[0]?.id ?? '',
    incubatorNameEn: 'Zhongguancun Returnee Venture Park',
    incubatorNameZh: '中关村留学人员创业园',
    parkId: PARKS[0]?.id ?? '',
    region: 'eastern',
    country: 'CN',
    sectors: ['optoelectronics'],
    stage: 'prototype',
    languages: ['zh', 'en'],
    timeZone: 'Asia/Shanghai',
    marketDirection: 'china-to-europe',
    needs: ['certification', 'fundraising'],
    ...overrides,
  };
}

export function makeStartupDetail(
  overrides: Partial<StartupDetail> = {},
): StartupDetail {
  return {
    ...makeStartup(),
    foundedYear: 2023,
    teamSize: 12,
    targetMarkets: ['DE', 'NL'],
    pitchEn: 'Lidar optics for agricultural robots.',
    pitchZh: '面向农业机器人的激光雷达光学器件。',
    highTechEnterprise: true,
    founders: [{ userId: 'f-1', displayName: 'Zhou Min' }],
    ...overrides,
  };
}

export function makeReport(
  overrides: Partial<ImportReport> = {},
): ImportReport {
  return {
    id: 'd00dfeed-0000-4000-8000-000000000001',
    kind: 'mentors',
    status: 'pending',
    totalRows: 3,
    goodRows: 2,
    errors: [
      {
        line: 3,
        field: 'timeZone',
        message: 'timeZone must be an IANA time zone',
      },
    ],
    written: null,
    ...overrides,
  };
}
